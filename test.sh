#!/usr/bin/env bash
# Installs what is missing, builds DealScope and runs every test (ctest, offscreen),
# then a smoke test that starts the real app under xvfb-run and writes a screenshot.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
packaging/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default
export QT_QPA_PLATFORM=offscreen
ctest --preset default "$@"

echo "Smoke test: the real app under xvfb-run"
shot="build/default/smoke-screenshot.png"
rm -f "$shot"
smoke_home=$(mktemp -d)
trap 'rm -rf "$smoke_home"' EXIT
env -u QT_QPA_PLATFORM HOME="$smoke_home" XDG_DATA_HOME="$smoke_home/data" \
    XDG_CONFIG_HOME="$smoke_home/config" \
    timeout 60 xvfb-run -a build/default/app/dealscope --screenshot "$shot"
if [[ ! -s "$shot" ]]; then
    echo "Smoke test failed: no screenshot written" >&2
    exit 1
fi
echo "Smoke test passed: $shot"
