# Sourced by the CLI contract scripts: `script BINARY SOURCE_DIR`. Sets bin, source_dir and work (a
# scratch folder removed at exit) and gives check/has/lacks, which count failures.
set -u
bin=$(realpath "$1")
source_dir=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
check() {  # description, command status, expected status
  if [ "$2" -ne "$3" ]; then echo "FAIL: $1 (exit $2, expected $3)"; failures=$((failures + 1)); else echo "ok: $1"; fi
}
has() {  # description, file, fixed string
  if grep -qF -- "$3" "$2"; then echo "ok: $1"; else echo "FAIL: $1: no '$3' in:"; sed 's/^/    /' "$2"; failures=$((failures + 1)); fi
}
lacks() {  # description, file, fixed string
  if ! grep -qF -- "$3" "$2"; then echo "ok: $1"; else echo "FAIL: $1: '$3' in:"; sed 's/^/    /' "$2"; failures=$((failures + 1)); fi
}
finish() {  # the count, and the exit status
  echo "$failures failures"
  [ "$failures" -eq 0 ]
}
