#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds DealScope and opens it on the sample dataset.
# Extra arguments are passed to the app (e.g. ./run.sh --lang de, ./run.sh FILE.dealscope).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
packaging/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default
exec build/default/app/dealscope "$@"
