#!/usr/bin/env bash
# make fuzz: runs the three libFuzzer targets of BUILD at once for SECONDS each,
# seeded with the test cases and the kept regressions. A crash, leak, sanitizer report, timeout
# or violated property fails the run; the input that caused it is left in BUILD/fuzz-run/findings/.
set -euo pipefail
build=${1:?usage: fuzz.sh BUILD [SECONDS]}
seconds=${2:-120}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$build/fuzz-run
mkdir -p "$work/corpus/lexer" "$work/corpus/parse" "$work/corpus/diff" "$work/findings"

# Seeds: every case's snapshots for the parser, each pair joined at "-- target" for the diff.
for dir in "$root"/tests/cases/*/; do
  [ -f "$dir/source.sql" ] && [ -f "$dir/target.sql" ] || continue
  name=$(basename "$dir")
  cp "$dir/source.sql" "$work/corpus/parse/$name-source.sql"
  cp "$dir/target.sql" "$work/corpus/parse/$name-target.sql"
  { cat "$dir/source.sql"; printf '\n-- target\n'; cat "$dir/target.sql"; } >"$work/corpus/diff/$name.sql"
done
cp "$root"/tests/fuzz_regressions/parse/* "$work/corpus/parse/"
cp "$work"/corpus/parse/* "$work/corpus/lexer/"
cp "$root"/tests/fuzz_regressions/diff/* "$work/corpus/diff/"

# The keywords as a dictionary: mutations that splice whole words reach deeper.
{
  grep -E '^[A-Z]' "$root/grammar/postgres/keywords.txt" | awk '{ sub(/_P$/, "", $1); printf "\"%s\"\n", $1 }'
  printf '"%s"\n' '(' ')' ';' ',' '::' '$$' "'" '\"' '\x0A-- target\x0A' 'public.' 'integer' 'text'
} >"$work/sql.dict"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
targets=(lexer parse diff)
pids=()
for target in "${targets[@]}"; do
  "$build/fuzz/${target}_fuzzer" "$work/corpus/$target" -dict="$work/sql.dict" -max_total_time="$seconds" \
    -max_len=8192 -timeout=30 -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix="$work/findings/$target-" >"$work/$target.log" 2>&1 &
  pids+=($!)
done
status=0
for i in "${!targets[@]}"; do
  target=${targets[$i]}
  if wait "${pids[$i]}"; then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/$target.log" | grep -o '[0-9]*$' || echo "?")
    echo "fuzz: $target: clean ($runs runs in $seconds s)"
  else
    status=1
    echo "fuzz: $target: FOUND A PROBLEM (see $work/$target.log):"
    grep -E 'ERROR|SUMMARY|violated|Test unit written|disagree|grammar' "$work/$target.log" | head -8 | sed 's/^/  /'
  fi
done
exit $status
