#!/usr/bin/env bash
# The test command: installs what is missing, builds, starts a throwaway PostgreSQL and runs ctest.
#   tests/run.sh           the normal suite (everything but the labels long and bench)
#   tests/run.sh --long    the long suite (crash loops, soak, fuzz runs): ctest -L long
#   tests/run.sh --bench   the benchmarks, one at a time: ctest -L bench -j1
#   tests/run.sh --asan    the server and client-core tests built with ASan+UBSan in build-asan
# At the end it prints how many tests passed, failed and were skipped (a _pg test without a cluster,
# a test whose initTestCase skipped), from ctest's JUnit file.
# Exit code: ctest's (or the first step that failed).
set -euo pipefail
cd "$(dirname "$0")/.."

mode=default
case "${1:-}" in
    "")      ;;
    --long)  mode=long ;;
    --bench) mode=bench ;;
    --asan)  mode=asan ;;
    -h|--help) sed -n '2,7s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "usage: $0 [--long|--bench|--asan]" >&2; exit 2 ;;
esac

step() { printf '\n==> %s\n' "$*"; }

build_dir=build
configure=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DCONCORD_WERROR=ON)
select=(-LE 'long|bench' -j2)
case "$mode" in
    long)  select=(-L long -j2) ;;
    bench) select=(-L bench -j1) ;;
    asan)  build_dir=build-asan
           configure=(-DCMAKE_BUILD_TYPE=Debug -DCONCORD_SANITIZE=ON)
           select=(-L 'server|client' -LE 'long|bench' -j2)
           export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
           export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/sanitizer/lsan.supp} ;;
esac

step "dependencies: installer/setup-deps.sh --test"
installer/setup-deps.sh --test

step "configure: $build_dir (${configure[*]})"
cmake -S . -B "$build_dir" -G Ninja "${configure[@]}"

step "build: cmake --build $build_dir -j$(nproc)"
cmake --build "$build_dir" -j"$(nproc)"

step "PostgreSQL: throwaway cluster (tests/pg/pg-cluster.sh)"
pg_dir=$(mktemp -d /tmp/concord-pg.XXXXXX)
trap 'tests/pg/pg-cluster.sh stop "$pg_dir"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
CONCORD_TEST_PG=$(tests/pg/pg-cluster.sh start "$pg_dir" | tail -n 1)
export CONCORD_TEST_PG
echo "CONCORD_TEST_PG=postgres://concord:***@${CONCORD_TEST_PG#*@}"

# No test opens a window: Qt widgets render offscreen unless the caller chose otherwise.
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

junit=$PWD/$build_dir/ctest-results.xml
rm -f "$junit"
step "test: ctest --test-dir $build_dir ${select[*]} --output-on-failure --timeout 600 --output-junit $junit"
rc=0
ctest --test-dir "$build_dir" "${select[@]}" --output-on-failure --timeout 600 --output-junit "$junit" || rc=$?
tests/summary.sh "$junit" || true
exit "$rc"
