#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts a private PostgreSQL 15 server for the tests and prints the connection URI on stdout;
# `tests/support/pgserver.sh stop DIR` stops it and removes its files. The server lives in a
# temporary folder (initdb as the postgres user when run as root, as initdb refuses root),
# listens on a free port of 127.0.0.1 and on a socket in that folder, and trusts local
# connections: it holds nothing but test data and goes when the tests end.
#   uri=$(tests/support/pgserver.sh start DIR)   # DIR must not exist
#   tests/support/pgserver.sh stop DIR
set -euo pipefail
bin=/usr/lib/postgresql/15/bin
action=${1:?start or stop}
dir=${2:?a folder for the server}

as_owner() {
    if [[ $(id -u) == 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$action" in
start)
    [[ -x "$bin/initdb" ]] || { echo "PostgreSQL 15 is not installed ($bin/initdb)" >&2; exit 2; }
    mkdir -p "$dir"
    [[ $(id -u) == 0 ]] && chown postgres:postgres "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U dealscope_admin --auth=trust -E UTF8 \
        --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U dealscope_admin dealscope_test
    echo "postgresql://dealscope_admin@127.0.0.1:$port/dealscope_test"
    ;;
stop)
    if [[ -d "$dir/data" ]]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
