#!/usr/bin/env bash
# The demo: installs what is missing, builds, starts a demo server (seeded plant, demo users) on
# 127.0.0.1 and, when a display is available, the desktop client. Ctrl-C stops everything.
#   CONCORD_DEMO_DATA  data directory (default ~/.local/share/concord-demo; delete it to start afresh)
#   CONCORD_DEMO_PORT  TCP port (default 7443)
set -euo pipefail
cd "$(dirname "$0")/.."

data=${CONCORD_DEMO_DATA:-$HOME/.local/share/concord-demo}
port=${CONCORD_DEMO_PORT:-7443}
server=build/server/concord-server
client=build/client/concord
ctl=build/client/concordctl

step() { printf '\n==> %s\n' "$*"; }

step "dependencies: installer/setup-deps.sh --runtime"
installer/setup-deps.sh --runtime

step "build: concord-server, concordctl and the desktop client in ./build"
# The same configuration as tests/run.sh, so that the two never rebuild each other's work.
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCONCORD_WERROR=ON
targets=(concord-server concordctl)
if cmake --build build --target help | grep -q '^concord:'; then
    targets+=(concord)
fi
cmake --build build -j"$(nproc)" --target "${targets[@]}"

if ss -Htln "sport = :$port" | grep -q .; then
    echo "demo: port $port is in use (another demo still running?); set CONCORD_DEMO_PORT to use another" >&2
    exit 1
fi

step "server: $server --demo --data $data --listen 127.0.0.1:$port"
mkdir -p "$data"
chmod 0700 "$data"
rm -f "$data/ready"
server_pid=
client_pid=
# shellcheck disable=SC2317  # called from the traps
cleanup() {
    trap - EXIT INT TERM
    if [[ -n "$client_pid" ]]; then kill "$client_pid" 2>/dev/null || true; fi
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        echo "demo: stopping the server"
        kill -TERM "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

"$server" --demo --data "$data" --listen "127.0.0.1:$port" --ready-file "$data/ready" >>"$data/server.log" 2>&1 &
server_pid=$!

# The first start creates the database and seeds the demo plant; later starts are quick.
for _ in $(seq 1800); do
    [[ -s "$data/ready" ]] && break
    if ! kill -0 "$server_pid" 2>/dev/null; then
        echo "demo: the server stopped during start-up; the end of $data/server.log:" >&2
        tail -n 30 "$data/server.log" >&2
        exit 1
    fi
    sleep 0.1
done
[[ -s "$data/ready" ]] || { echo "demo: the server was not ready after 180 s; see $data/server.log" >&2; exit 1; }
echo "demo: server ready on 127.0.0.1:$port (log: $data/server.log)"

if [[ -x "$client" && -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
    step "client: $client --server 127.0.0.1:$port"
    "$client" --server "127.0.0.1:$port" &
    client_pid=$!
else
    echo "demo: no desktop client started (needs $client and a display)"
fi

cat <<EOT

  Demo users and their passwords: docs/demo-users.md
  Try the API from a shell, for example:
    $ctl --server 127.0.0.1:$port --user planner call session.hello '{}'
    $ctl --server 127.0.0.1:$port --user planner call rpc.discover '{}'
  The server's data (database, TLS identity, logs) is in $data.
  Press Ctrl-C to stop the server.
EOT

rc=0
wait "$server_pid" || rc=$?
server_pid=
echo "demo: the server exited with status $rc; see $data/server.log"
exit "$rc"
