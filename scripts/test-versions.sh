#!/usr/bin/env bash
# make test-versions: every tests/cases case proven on each PostgreSQL major (migration_case_tests,
# four shards at a time), and the catalog reader's tests (version_tests), with
# SCHEMADELTA_TEST_SERVER_VERSION set to the major. A case that needs a newer server than the one
# running is skipped and named. Ends with one line "N passed, N failed, N skipped"; exit 1 when
# anything failed.
# Usage: scripts/test-versions.sh BUILD_DIR "14 15 16 17 18"
set -uo pipefail
build="$1"
versions="$2"
logs="$build/test-versions"
mkdir -p "$logs"
total_passed=0 total_failed=0 total_skipped=0
for version in $versions; do
  start=$SECONDS
  pids=()
  for shard in 0 1 2 3; do
    SCHEMADELTA_TEST_SERVER_VERSION=$version GTEST_TOTAL_SHARDS=4 GTEST_SHARD_INDEX=$shard \
      "$build/tests/migration_case_tests" --gtest_filter='Cases/*' >"$logs/cases-$version-$shard.log" 2>&1 &
    pids+=($!)
  done
  SCHEMADELTA_TEST_SERVER_VERSION=$version "$build/tests/versions/version_tests" --gtest_brief=1 >"$logs/versions-$version.log" 2>&1 &
  pids+=($!)
  for pid in "${pids[@]}"; do wait "$pid"; done
  # gtest's own lines: "[       OK ]" is not printed with --gtest_brief, so count from the summary.
  passed=0 failed=0 skipped=0
  for log in "$logs"/cases-$version-*.log "$logs/versions-$version.log"; do
    p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) tests\?\..*/\1/p' "$log" | tail -1)
    s=$(sed -n 's/^\[  SKIPPED \] \([0-9]*\) tests\?[.,].*/\1/p' "$log" | tail -1)
    # each failed test once: the line with its time (the summary lists it again without)
    f=$(grep -cE '^\[  FAILED  \] .* \([0-9]+ ms\)$' "$log")
    if ! grep -q '^\[  PASSED  \]' "$log"; then
      echo "PostgreSQL $version: $(basename "$log") did not run: $(tail -3 "$log")"
      f=$((f + 1))
    fi
    passed=$((passed + ${p:-0})) failed=$((failed + ${f:-0})) skipped=$((skipped + ${s:-0}))
  done
  echo "PostgreSQL $version: $passed passed, $failed failed, $skipped skipped ($((SECONDS - start)) s; logs in $logs)"
  grep -hE '^\[  FAILED  \] .* \([0-9]+ ms\)$' "$logs"/cases-$version-*.log "$logs/versions-$version.log" |
    sed -E 's/^\[  FAILED  \] ([^, ]*).*/  failed:  \1/' | sort -u
  cases_skipped=$(grep -hE '^\[  SKIPPED \] Cases/.* \([0-9]+ ms\)$' "$logs"/cases-$version-*.log |
    sed -E 's/.*\/([^/ ]+) \([0-9]+ ms\)$/\1/' | sort -u | tr '\n' ' ')
  [ -n "$cases_skipped" ] && echo "  cases skipped (a newer server or an extension it lacks): $cases_skipped"
  total_passed=$((total_passed + passed)) total_failed=$((total_failed + failed)) total_skipped=$((total_skipped + skipped))
done
echo "test-versions: $total_passed passed, $total_failed failed, $total_skipped skipped"
[ "$total_failed" -eq 0 ]
