#!/usr/bin/env bash
# Man pages and completions (issue 16): every command has a page, every option of every command
# (as its --help lists it) is in its page and in the bash and zsh completions; the pages are valid
# roff and the completions valid shell.
set -u
bin=$(realpath "$1")
manual=$(realpath "$2")  # the build's manual folder: man1/*.1.gz, completions/{schemadelta,_schemadelta}
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The commands, as `--help` lists them (not from the generator's own walk).
commands() {  # the subcommands a --help text lists
  awk '/^Subcommands:/{on=1; next} /^$/{on=0} on && /^  [a-z]/{print $1}'
}
paths=("")
for command in $("$bin" --help | commands); do
  paths+=("$command")
  for sub in $("$bin" "$command" --help | commands); do paths+=("$command $sub"); done
done
[ "${#paths[@]}" -ge 8 ] && ok "--help lists ${#paths[@]} commands and subcommands" || fail "too few commands found: ${paths[*]}"

bash -n "$manual/completions/schemadelta" && ok "the bash completion is valid bash" || fail "bash completion does not parse"
if command -v zsh > /dev/null; then
  zsh -n "$manual/completions/_schemadelta" && ok "the zsh completion is valid zsh" || fail "zsh completion does not parse"
else
  fail "zsh is missing (scripts/install-deps.sh installs it)"
fi

for path in "${paths[@]}"; do
  page="schemadelta${path:+-${path// /-}}.1.gz"
  name="schemadelta${path:+ $path}"
  if [ ! -f "$manual/man1/$page" ]; then fail "no man page $page for '$name'"; continue; fi
  ok "'$name' has its man page $page"
  # Rendered as man(1) shows it; groff warnings are errors.
  zcat "$manual/man1/$page" > "$work/page.1"
  if ! LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$work/page.1" 2> "$work/groff.err" || [ -s "$work/groff.err" ]; then
    fail "$page: groff says: $(cat "$work/groff.err")"
  fi
  LC_ALL=C.UTF-8 groff -man -rLL=300n -Tascii -P-cbou "$work/page.1" 2> /dev/null > "$work/page.txt"
  # shellcheck disable=SC2086
  options=$("$bin" $path --help | grep -oE '^  (-[a-zA-Z],)?--[a-z][a-z-]*' | grep -oE -- '--[a-z][a-z-]*')
  [ -n "$options" ] || fail "'$name --help' lists no options"
  for option in $options; do
    grep -qE -- "(^|[ ,])$option( |,|$)" "$work/page.txt" || fail "$page lacks $option"
    grep -qE -- "(^| |\"|'|\\(|\\*)$option( |\"|\\[|\\)|$)" "$manual/completions/schemadelta" || fail "the bash completion lacks $option of '$name'"
    grep -qF -- "$option[" "$manual/completions/_schemadelta" || fail "the zsh completion lacks $option of '$name'"
  done
  ok "'$name': $(echo $options | wc -w) options in the page and both completions"
  if [ -n "$path" ]; then
    grep -q "^EXAMPLES" "$work/page.txt" && grep -q "^EXIT STATUS" "$work/page.txt" && ok "$page has EXAMPLES and EXIT STATUS" ||
      fail "$page lacks EXAMPLES or EXIT STATUS"
    # The examples are the ones --help shows.
    # shellcheck disable=SC2086
    first_example=$("$bin" $path --help | awk '/^Examples:/{getline; sub(/^  /, ""); print; exit}')
    grep -qF -- "$first_example" "$work/page.txt" && ok "$page shows the examples of --help" || fail "$page lacks '$first_example'"
  fi
done

# The bash completion completes: commands, then the options of the command typed.
complete_words() {  # words typed so far (the last is being completed)
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _schemadelta; printf "%s\n" "${COMPREPLY[@]}"' _ \
    "$manual/completions/schemadelta" "$@"
}
[ "$(complete_words schemadelta di)" = "diff" ] && ok "bash completes 'di' to diff" || fail "bash: 'di' gave '$(complete_words schemadelta di)'"
complete_words schemadelta diff a.sql --allow > "$work/c"
grep -qx -- "--allow-data-loss" "$work/c" && ok "bash completes diff's options" || fail "bash: diff --allow gave $(cat "$work/c")"
complete_words schemadelta archive p > "$work/c"
grep -qx purge "$work/c" && ok "bash completes archive's subcommands" || fail "bash: archive p gave $(cat "$work/c")"
complete_words schemadelta check a.sql --fail > "$work/c"
grep -qx -- "--fail-on" "$work/c" && ! grep -qx -- "--allow-data-loss" "$work/c" && ok "bash offers check's options only" ||
  fail "bash: check --fail gave $(cat "$work/c")"

echo "$failures failures"
[ "$failures" -eq 0 ]
