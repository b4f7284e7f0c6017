#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds DealScope's DEB and TGZ from a configured, built tree and checks them:
#   check-package.sh BUILD_DIR PACKAGING_DIR
set -euo pipefail
build="$1"
packaging="$2"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

desktop-file-validate "$packaging/io.github.dealscope.DealScope.desktop" ||
    fail "desktop-file-validate"
appstreamcli validate --no-net "$packaging/io.github.dealscope.DealScope.metainfo.xml" ||
    fail "appstreamcli validate"
xmllint --noout "$packaging/dealscope-mime.xml" || fail "the MIME type is not well-formed XML"

# The MIME type recognises a DealScope file by name and, renamed, by its header; another
# SQLite file stays an SQLite file.
mime="$out/mime"
mkdir -p "$mime/mime/packages"
cp /usr/share/mime/packages/freedesktop.org.xml "$mime/mime/packages/"
cp "$packaging/dealscope-mime.xml" "$mime/mime/packages/dealscope.xml"
update-mime-database "$mime/mime" || fail "update-mime-database"
"$build/app/dealscope-cli" sample "$out/a.dealscope" >/dev/null
cp "$out/a.dealscope" "$out/renamed.bin"
sqlite3 "$out/other.sqlite" "CREATE TABLE t(x);"
typeOf() { XDG_DATA_HOME="$mime" XDG_DATA_DIRS="$mime" gio info -a standard::content-type "$1" 2>/dev/null |
    awk '/content-type/ {print $2}'; }
[[ "$(typeOf "$out/a.dealscope")" == application/x-dealscope ]] || fail "*.dealscope type"
[[ "$(typeOf "$out/renamed.bin")" == application/x-dealscope ]] || fail "DealScope magic"
[[ "$(typeOf "$out/other.sqlite")" == application/vnd.sqlite3 ]] || fail "plain SQLite type"

(cd "$build" && cpack -G "DEB;TGZ" -B "$out" >"$out/cpack.log" 2>&1) ||
    { cat "$out/cpack.log" >&2; fail "cpack"; }
deb=$(ls "$out"/*.deb)
tgz=$(ls "$out"/*.tar.gz)
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in ./usr/bin/dealscope ./usr/bin/dealscope-cli \
    ./usr/share/applications/io.github.dealscope.DealScope.desktop \
    ./usr/share/metainfo/io.github.dealscope.DealScope.metainfo.xml \
    ./usr/share/mime/packages/dealscope.xml \
    ./usr/share/icons/hicolor/scalable/apps/dealscope.svg \
    ./usr/share/icons/hicolor/16x16/apps/dealscope.png \
    ./usr/share/icons/hicolor/48x48/apps/dealscope.png \
    ./usr/share/icons/hicolor/256x256/apps/dealscope.png \
    ./usr/share/doc/dealscope/copyright; do
    grep -qx "$path" <<<"$contents" || fail "the DEB lacks $path"
done
dpkg-deb --fsys-tarfile "$deb" | tar -xOf - ./usr/share/doc/dealscope/copyright |
    grep -q '^License: GPL-3.0-or-later' || fail "the copyright file does not name the licence"
grep -q '<project_license>GPL-3.0-or-later</project_license>' \
    "$packaging/io.github.dealscope.DealScope.metainfo.xml" || fail "metainfo licence"
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6svg6 libsqlite3-0 \
    libqcustomplot2.1-qt6 qt6-qpa-plugins; do
    grep -q "$lib" <<<"$depends" || fail "the DEB does not depend on $lib (Depends: $depends)"
done
[[ "$(dpkg-deb -f "$deb" Package)" == dealscope ]] || fail "package name"
tgzContents=$(tar -tzf "$tgz")
grep -q '/bin/dealscope-cli$' <<<"$tgzContents" || fail "the TGZ lacks dealscope-cli"
grep -q 'share/applications/io.github.dealscope.DealScope.desktop$' <<<"$tgzContents" ||
    fail "the TGZ lacks the desktop entry"

# The packaged programs run.
root="$out/root"
dpkg-deb -x "$deb" "$root"
"$root/usr/bin/dealscope-cli" --version | grep -q "dealscope-cli" || fail "dealscope-cli --version"
# The packaged icons are real PNGs of their size.
file "$root/usr/share/icons/hicolor/48x48/apps/dealscope.png" | grep -q "48 x 48" ||
    fail "the 48×48 icon"
echo "package_contents: $(basename "$deb") ($(du -h "$deb" | cut -f1)), $(basename "$tgz"): ok"
echo "Depends: $depends"
