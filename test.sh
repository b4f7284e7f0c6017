#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds DealScope and runs every test (ctest, offscreen), then a
# short run of every fuzz target under ASan + UBSan, and a smoke test that starts the real app
# under xvfb-run and writes a screenshot.
#   ./test.sh [CTEST ARGS...]          the default build (what CI runs)
#   ./test.sh --asan [CTEST ARGS...]   the whole suite built and run under ASan + UBSan
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
preset=default
if [[ "${1:-}" == "--asan" ]]; then
    preset=asan
    shift
fi
packaging/install-deps.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
export QT_QPA_PLATFORM=offscreen
if [[ "$preset" == asan ]]; then
    # fontconfig keeps its caches for the life of the process: not our leaks.
    export ASAN_OPTIONS="detect_leaks=1:${ASAN_OPTIONS:-}"
    export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:${LSAN_OPTIONS:-}"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
fi
# A private PostgreSQL server for the team-database tests (tests/support/pgserver.sh), stopped
# and removed at exit; the tests find it through DEALSCOPE_TEST_PG_URI.
scratch=$(mktemp -d)
chmod 755 "$scratch" # the server runs as the postgres user when this runs as root
cleanup() {
    tests/support/pgserver.sh stop "$scratch/pg" || true
    rm -rf "$scratch"
}
trap cleanup EXIT
DEALSCOPE_TEST_PG_URI=$(tests/support/pgserver.sh start "$scratch/pg")
export DEALSCOPE_TEST_PG_URI
echo "PostgreSQL test server: $DEALSCOPE_TEST_PG_URI"
ctest --preset "$preset" "$@"
[[ "$preset" == default ]] || exit 0

echo "Fuzz smoke test: each libFuzzer target for a few seconds under ASan + UBSan"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
tests/fuzz/run-fuzzers.sh --seconds "${DEALSCOPE_FUZZ_SECONDS:-5}" --jobs 2

echo "Smoke test: the real app under xvfb-run"
shot="build/default/smoke-screenshot.png"
rm -f "$shot"
smoke_home="$scratch/home"
mkdir -p "$smoke_home"
env -u QT_QPA_PLATFORM HOME="$smoke_home" XDG_DATA_HOME="$smoke_home/data" \
    XDG_CONFIG_HOME="$smoke_home/config" \
    timeout 60 xvfb-run -a build/default/app/dealscope --screenshot "$shot"
if [[ ! -s "$shot" ]]; then
    echo "Smoke test failed: no screenshot written" >&2
    exit 1
fi
echo "Smoke test passed: $shot"
