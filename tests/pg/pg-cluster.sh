#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the test suite.
#   tests/pg/pg-cluster.sh start DIR   creates DIR, starts a cluster on a free port of 127.0.0.1 and
#                                      prints postgres://concord:PW@127.0.0.1:PORT/postgres as the last line
#   tests/pg/pg-cluster.sh stop DIR    stops it (fast) and removes DIR
#   tests/pg/pg-cluster.sh down DIR [fast|immediate]
#                                      stops the server but keeps DIR (immediate = a crash)
#   tests/pg/pg-cluster.sh up DIR      starts it again, on the same port (after down)
# The server never runs as root: as root, DIR is handed to the "postgres" user and every PostgreSQL
# program runs through runuser. Durability is switched off (fsync=off): the data is thrown away.
set -euo pipefail

marker=.concord-pg-cluster
log() { echo "pg-cluster: $*" >&2; }
die() { log "$*"; exit 1; }

usage() { echo "usage: $0 start|stop|up DIR, or $0 down DIR [fast|immediate]" >&2; exit 2; }
[[ $# -eq 2 || ( $# -eq 3 && $1 == down ) ]] || usage
cmd=$1
dir=$2
mode=${3:-fast}
[[ $mode == fast || $mode == immediate ]] || usage
[[ -n "$dir" && "$dir" != / ]] || die "refusing DIR '$dir'"

bindir=$(find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)
[[ -n "$bindir" && -x "$bindir/pg_ctl" ]] || die "no PostgreSQL server found under /usr/lib/postgresql (installer/setup-deps.sh --test installs it)"

# Runs a command as the cluster's owner, from a directory that owner can enter.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        (cd / && runuser -u postgres -- "$@")
    else
        (cd / && "$@")
    fi
}

free_port() {
    python3 - <<'PY' 2>/dev/null && return 0
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
PY
    local port
    for _ in $(seq 200); do
        port=$((20000 + RANDOM % 40000))
        if ! ss -Htln "sport = :$port" | grep -q .; then echo "$port"; return 0; fi
    done
    return 1
}

start() {
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    [[ -z "$(ls -A "$dir")" ]] || die "$dir is not empty"
    chmod 0700 "$dir"
    touch "$dir/$marker"
    if [[ $(id -u) -eq 0 ]]; then
        id postgres >/dev/null 2>&1 || die "no 'postgres' user (install the postgresql package)"
        chown -R postgres:postgres "$dir"
        as_owner test -w "$dir" || die "the postgres user cannot write $dir (a parent directory is not searchable); use a DIR under /tmp"
    fi

    local password pwfile
    password=$(od -An -N18 -tx1 /dev/urandom | tr -d ' \n')
    pwfile="$dir/pwfile"
    (umask 077 && printf '%s\n' "$password" >"$pwfile")
    [[ $(id -u) -ne 0 ]] || chown postgres:postgres "$pwfile"

    log "initdb ($bindir) in $dir/data"
    as_owner "$bindir/initdb" -D "$dir/data" -U concord --pwfile="$pwfile" \
        --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
    rm -f "$pwfile"
    # Local (unix socket) connections are trusted: the socket lives in DIR, which is 0700.
    echo "include 'concord-test.conf'" >>"$dir/data/postgresql.conf"

    local port attempt
    for attempt in 1 2 3 4 5; do
        port=$(free_port) || die "no free TCP port found"
        cat >"$dir/data/concord-test.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
log_min_messages = warning
CONF
        [[ $(id -u) -ne 0 ]] || chown postgres:postgres "$dir/data/concord-test.conf"
        log "starting on 127.0.0.1:$port (attempt $attempt)"
        if as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 start >/dev/null; then
            local url="postgres://concord:$password@127.0.0.1:$port/postgres"
            (umask 077 && echo "$url" >"$dir/url")
            echo "$url"
            return 0
        fi
        tail -n 5 "$dir/postgres.log" >&2 || true
    done
    die "PostgreSQL did not start; see $dir/postgres.log"
}

stop() {
    [[ -d "$dir" ]] || { log "$dir does not exist"; return 0; }
    [[ -e "$dir/$marker" ]] || die "$dir was not made by this script; not touching it"
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        log "stopping the cluster in $dir"
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null || log "pg_ctl stop failed"
    fi
    rm -rf "$dir"
}

ours() {
    [[ -e "$dir/$marker" && -d "$dir/data" ]] || die "$dir is not a cluster made by this script"
}

down() {
    ours
    log "stopping the cluster in $dir ($mode), keeping its data"
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m "$mode" -w -t 60 stop >/dev/null || die "pg_ctl stop failed"
}

up() {
    ours
    log "starting the cluster in $dir again"
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 start >/dev/null \
        || { tail -n 5 "$dir/postgres.log" >&2 || true; die "PostgreSQL did not start; see $dir/postgres.log"; }
}

case "$cmd" in
    start) start ;;
    stop)  stop ;;
    down)  down ;;
    up)    up ;;
    *)     usage ;;
esac
