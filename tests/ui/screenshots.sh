#!/usr/bin/env bash
# Screenshots of the desktop client under Xvfb, in English and zh_CN, against a fresh demo server
# with a few alarms of each severity. The client fills in its login dialog (--user, password from
# the environment), saves it, signs in, and saves the main window once the alarms are loaded. Then
# the shop TV display (--kiosk) saves each of its boards and its offline state.
#   tests/ui/screenshots.sh [BUILD_DIR] [OUT_DIR]     (defaults: build, /tmp/concord-screenshots)
# Needs xvfb (xvfb-run) and xauth; installer/setup-deps.sh --test installs them.
set -euo pipefail

build=${1:-build}
out=${2:-/tmp/concord-screenshots}
server="$build/server/concord-server"
ctl="$build/client/concordctl"
client="$build/client/concord"
for f in "$server" "$ctl" "$client"; do
    [[ -x "$f" ]] || { echo "screenshots: $f is missing; build it first" >&2; exit 1; }
done
command -v xvfb-run >/dev/null || { echo "screenshots: xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 1; }

mkdir -p "$out"
work=$(mktemp -d)
server_pid=
cleanup() {
    if [[ -n "$server_pid" ]]; then kill -TERM "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$server" --demo --data "$work/data" --listen "127.0.0.1:$port" --ready-file "$work/ready" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 600); do [[ -s "$work/ready" ]] && break; sleep 0.1; done
[[ -s "$work/ready" ]] || { echo "screenshots: the server did not start; see below" >&2; tail -20 "$work/server.log" >&2; exit 1; }

export CONCORD_PASSWORD='Demo#2026plant'
# The client's settings and pinned certificates go to a throwaway home.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"

raise() {
    "$ctl" --server "127.0.0.1:$port" --user dev-leak-01 call alarm.raise \
        "{\"severity\":\"$1\",\"source\":\"$2\",\"topic\":\"$3\",\"message\":\"$4\"}" >/dev/null
}
raise info LT-01 leak.test "Leak tester LT-01 calibration due in 3 days"
raise warning PS-01 seal.temperature "Sealing temperature 4 °C above target on PS-01"
raise critical LT-01 leak.test "Helium leak rate above limit, lot L-2026-0412"
raise warning UV-01 uv.dose "UV dose near lower limit on UV-01"
# Something for the audit trail and the signature screens: an acknowledged alarm, and a role change
# the administrator requested and QA (the user of the tour) may approve by e-signature.
ctl() { "$ctl" --server "127.0.0.1:$port" "$@"; }
ctl --user qa call alarm.acknowledge '{"id":1,"comment":"Calibration booked with metrology"}' >/dev/null
planner_id=$(ctl --user admin call user.list '{}' |
    python3 -c 'import json,sys; print(next(u["id"] for u in json.load(sys.stdin)["users"] if u["username"]=="planner"))')
ctl --user admin call roleChange.request \
    "{\"userId\":$planner_id,\"roles\":[\"planner\",\"inspector\"],\"reason\":\"Covers final inspection during audit week\"}" >/dev/null

# Master data with a history: the next version of the first material (a longer shelf life after a
# stability study), written by the engineer and approved by QA's signature on a change order, so
# that the version history and its diff have something to show.
md_code=$(ctl --user engineer call material.list '{"limit":1}' |
    python3 -c 'import json,sys; r=json.load(sys.stdin)["records"]; print(r[0]["code"] if r else "")')
if [[ -n "$md_code" ]]; then
    ctl --user engineer call material.saveDraft "$(ctl --user engineer call material.get "{\"code\":\"$md_code\"}" | python3 -c '
import json, sys
r = json.load(sys.stdin)
keys = ["code", "name", "description", "type", "unit", "tracking", "shelfLifeDays", "storageConditions", "gtin", "deviceClass"]
d = {k: r[k] for k in keys if r.get(k) is not None}
d["shelfLifeDays"] = (d.get("shelfLifeDays") or 730) + 365
d["storageConditions"] = "15-25 °C, dry, away from light"
print(json.dumps({"code": r["code"], "data": d}, ensure_ascii=False))')" >/dev/null
    field() { python3 -c "import json,sys; print(json.load(sys.stdin)[\"$1\"])"; }
    eco=$(ctl --user engineer call eco.create '{"changeClass":"minor","title":"Longer shelf life after stability study","reason":"Stability study ST-2026-07"}')
    eco_id=$(echo "$eco" | field id)
    rv=$(ctl --user engineer call eco.addItem "{\"id\":$eco_id,\"rowVersion\":$(echo "$eco" | field rowVersion),\"entity\":\"material\",\"code\":\"$md_code\"}" | field rowVersion)
    rv=$(ctl --user engineer call eco.submit "{\"id\":$eco_id,\"rowVersion\":$rv}" | field rowVersion)
    ctl --user qa call signature.sign "{\"recordType\":\"change_order\",\"recordId\":\"$eco_id\",\"recordVersion\":$rv,\"meaning\":\"approved\",\"user\":\"qa\",\"password\":\"$CONCORD_PASSWORD\",\"reason\":\"Stability data reviewed\"}" >/dev/null
fi

for lang in en zh_CN; do
    xvfb-run -a -s "-screen 0 1280x800x24" \
        "$client" --server "127.0.0.1:$port" --lang "$lang" --user qa --password-env CONCORD_PASSWORD --screenshots "$out"
done

# The shop TV (concord --kiosk) at 1920×1080, from its configuration file in the default place
# (private to its owner, as the kiosk insists): each board, then the offline banner.
raise critical PS-01 seal.pressure "Seal pressure lost on PS-01, line stopped"
raise info UV-01 uv.lamp "UV lamp at 1,800 of 2,000 hours on UV-01"
raise warning LT-01 leak.test "Leak test retries above 5 % this shift"
kiosk_ini="$XDG_CONFIG_HOME/Concord/kiosk.ini"
mkdir -p "$(dirname "$kiosk_ini")"
(umask 077 && cat >"$kiosk_ini" <<EOF
[server]
address = 127.0.0.1:$port
transport = tls
[account]
user = tv-line1
password = $CONCORD_PASSWORD
[display]
name = Suzhou plant · Line 1
rotation = 20
pages = alarms
EOF
)
for lang in en zh_CN; do
    xvfb-run -a -s "-screen 0 1920x1080x24" "$client" --kiosk --lang "$lang" --screenshots "$out"
done
ls -1 "$out"/*.png
