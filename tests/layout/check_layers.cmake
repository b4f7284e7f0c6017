# SPDX-License-Identifier: GPL-3.0-or-later
# The layers of the source tree, checked: every SQL statement and connection lives in
# core/store; the store and the domain include nothing above them; the core includes no GUI.
# Run as: cmake -DSOURCE_DIR=<repository> -P check_layers.cmake
set(problems "")

function(check_files glob_root pattern message)
    file(GLOB_RECURSE files "${SOURCE_DIR}/${glob_root}/*.h" "${SOURCE_DIR}/${glob_root}/*.cpp")
    foreach(file IN LISTS files)
        file(RELATIVE_PATH relative "${SOURCE_DIR}" "${file}")
        if(relative MATCHES "^core/store/")
            continue()
        endif()
        file(STRINGS "${file}" hits REGEX "${pattern}")
        if(hits)
            list(GET hits 0 first)
            string(STRIP "${first}" first)
            set(problems "${problems}\n${relative}: ${message}: ${first}")
        endif()
    endforeach()
    set(problems "${problems}" PARENT_SCOPE)
endfunction()

# A connection or a statement outside the store.
check_files(core "sql::|\\.db\\(\\)|store/sqlite\\.h|store/batchinsert\\.h" "SQL outside core/store")
check_files(app "sql::|\\.db\\(\\)|store/sqlite\\.h|store/batchinsert\\.h" "SQL outside core/store")

# The store and the domain below everything else.
foreach(lower store domain)
    file(GLOB_RECURSE files "${SOURCE_DIR}/core/${lower}/*.h" "${SOURCE_DIR}/core/${lower}/*.cpp")
    foreach(file IN LISTS files)
        file(RELATIVE_PATH relative "${SOURCE_DIR}" "${file}")
        file(STRINGS "${file}" hits REGEX "#include \"(edit|analysis|graph|ingest|exchange)/")
        if(lower STREQUAL "domain")
            file(STRINGS "${file}" more REGEX "#include \"store/")
            list(APPEND hits ${more})
        endif()
        if(hits)
            list(GET hits 0 first)
            set(problems "${problems}\n${relative}: includes a layer above core/${lower}: ${first}")
        endif()
    endforeach()
endforeach()

# No widget in the core.
check_files(core "#include <Qt(Widgets|Gui)|#include <Q(Widget|Painter|Pixmap|Image)>" "GUI in the core")

if(problems)
    message(FATAL_ERROR "The layers are crossed:${problems}")
endif()
message(STATUS "The layers hold: SQL only in core/store, store and domain below the rest.")
