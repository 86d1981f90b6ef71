#!/usr/bin/env bash
# Fails if translations/concord_zh_CN.ts is behind the code: runs lupdate over the client's sources
# into a copy and checks that it finds no new string (unfinished) and drops none (vanished from the
# code). tst_translations checks the file itself; this checks that the file is the code's.
#   translations_current.sh LUPDATE GENERATE_LUPDATE_PROJECT_CMAKE PROJECT_CMAKE_IN TS_FILE
set -euo pipefail
lupdate=$1 generate=$2 project_in=$3 ts=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake -DIN_FILE="$project_in" -DOUT_FILE="$work/project.json" -P "$generate" >/dev/null
cp "$ts" "$work/current.ts"
"$lupdate" -project "$work/project.json" -no-obsolete -locations relative -ts "$work/current.ts" >"$work/lupdate.log" 2>&1
before=$(grep -c '<message' "$ts")
after=$(grep -c '<message' "$work/current.ts")
unfinished=$(grep -c 'type="unfinished"' "$work/current.ts" || true)
if [[ "$unfinished" != 0 || "$before" != "$after" ]]; then
    echo "translations_current: $ts is not up to date with the code: lupdate finds $unfinished new and" \
         "$((before + unfinished - after)) vanished string(s)." >&2
    grep -B3 'type="unfinished"' "$work/current.ts" | grep '<source>' | head -20 >&2 || true
    echo "Run: cmake --build BUILD --target concord_lupdate, then translate the new entries." >&2
    exit 1
fi
echo "translations_current: $after strings, all in $ts"
