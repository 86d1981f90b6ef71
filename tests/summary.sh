#!/usr/bin/env bash
# Prints passed, failed and skipped counts of a ctest run from its JUnit file
# (ctest --output-junit FILE), and the names of the tests that failed or were skipped.
#   tests/summary.sh FILE
set -euo pipefail
junit=${1:?usage: $0 CTEST_JUNIT_FILE}
[[ -f "$junit" ]] || { echo "summary: $junit not found (ctest did not run)" >&2; exit 1; }

# ctest writes one <testcase name=".." status="run|fail|notrun|disabled"> per test. A skipped test
# is "notrun" with <skipped message="SKIP_REGULAR_EXPRESSION_MATCHED"> (or SKIP_RETURN_CODE); any
# other "notrun" (say "Unable to find executable") is a test that could not start, which ctest
# counts as failed — and so do we.
awk -v file="$junit" '
    /<testcase / {
        name = $0; sub(/.* name="/, "", name); sub(/".*/, "", name)
        status = $0; sub(/.*status="/, "", status); sub(/".*/, "", status)
        skippedHere = 0
    }
    /<skipped message="SKIP_(REGULAR_EXPRESSION_MATCHED|RETURN_CODE)/ { skippedHere = 1 }
    /<\/testcase>/ {
        if (status == "run") passed++
        else if (status == "disabled") disabled++
        else if (status == "notrun" && skippedHere) { skipped++; skippedNames = skippedNames " " name }
        else { failed++; failedNames = failedNames " " name }
    }
    END {
        printf "\n==> tests: %d passed, %d failed, %d skipped", passed, failed, skipped
        if (disabled) printf ", %d disabled", disabled
        printf " (%s)\n", file
        if (failed) print "    failed: " substr(failedNames, 2)
        if (skipped) print "    skipped: " substr(skippedNames, 2)
    }' "$junit"
