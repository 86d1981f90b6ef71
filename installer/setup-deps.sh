#!/usr/bin/env bash
# Installs the Debian 12 packages Concord needs, and only those that are missing.
#   installer/setup-deps.sh --runtime   build and run the server, client and demo
#   installer/setup-deps.sh --test      runtime + what the test suite needs (PostgreSQL, MinGW, ...)
# Idempotent: when everything is present it changes nothing and does not touch the network.
set -euo pipefail

runtime_pkgs=(
    cmake ninja-build g++ ccache
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libssl-dev fonts-noto-cjk xvfb qt6-translations-l10n
)
test_pkgs=(postgresql g++-mingw-w64-x86-64 sqlite3 libsqlite3-dev xauth)
# Node.js and npm run a third-party JSON-RPC client in tst_jsonrpc_node (its npm package comes
# from tests/jsonrpc/package-lock.json). Checked by command: a Node.js from elsewhere (NodeSource's
# nodejs package brings its own npm and conflicts with Debian's) is just as good.
test_cmds=(node:nodejs npm:npm)

usage() { echo "usage: $0 --runtime|--test" >&2; exit 2; }

[[ $# -eq 1 ]] || usage
case "$1" in
    --runtime) wanted=("${runtime_pkgs[@]}") ;;
    --test)    wanted=("${runtime_pkgs[@]}" "${test_pkgs[@]}") ;;
    *)         usage ;;
esac

missing=()
for pkg in "${wanted[@]}"; do
    # "dpkg -s" also succeeds for removed packages whose config files remain; check the real state.
    if [[ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)" != "install ok installed" ]]; then
        missing+=("$pkg")
    fi
done

if [[ "$1" == --test ]]; then
    for entry in "${test_cmds[@]}"; do
        command -v "${entry%%:*}" >/dev/null || missing+=("${entry#*:}")
    done
fi

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "setup-deps: all ${#wanted[@]} packages for $1 are installed"
    exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "setup-deps: not root and no sudo; install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
fi

echo "setup-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
