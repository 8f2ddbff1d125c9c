#!/usr/bin/env bash
# The command line's contract: exit statuses, diagnostics with positions, no half-written files.
set -u
bin="$1"
source_dir="$2"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
check() {  # description, command status, expected status
  if [ "$2" -ne "$3" ]; then echo "FAIL: $1 (exit $2, expected $3)"; failures=$((failures + 1)); else echo "ok: $1"; fi
}

"$bin" parse "$source_dir/samples/source.sql" > "$work/model.json"
check "parse a valid file" $? 0
grep -q '"format": "schemadelta-catalog"' "$work/model.json"
check "JSON output names its format" $? 0

"$bin" parse "$source_dir/samples/source.sql" "$source_dir/samples/source.sql" > /dev/null 2> "$work/err"
check "the same table twice is an error" $? 2

printf 'CREATE TABLE t (\n  a int,\n  b text DEFAULT '"'"'x\n' > "$work/bad.sql"
"$bin" parse "$work/bad.sql" --format sql -o "$work/out.sql" 2> "$work/err"
check "bad input exits 2" $? 2
grep -q "bad.sql:3:[0-9]*: error: unterminated quoted string" "$work/err"
check "the error has file:line:col" $? 0
[ ! -e "$work/out.sql" ] && [ ! -e "$work/out.sql.partial" ]
check "no output file is written on error" $? 0

: > "$work/empty.sql"
printf -- '-- only a comment\n\n' > "$work/comments.sql"
printf 'CREATE TABLE t (id int);\n' > "$work/one.sql"
mkdir "$work/empty_folder"
# A first deploy (from nothing) and a teardown (to nothing): an empty side is an empty schema,
# with one warning that names the side.
"$bin" diff "$work/empty.sql" "$work/one.sql" -o "$work/first.sql" 2> "$work/err"
check "a first deploy from an empty file" $? 0
grep -q "CREATE TABLE IF NOT EXISTS public.t" "$work/first.sql" && [ "$(grep -c 'warning: SOURCE .*empty.sql holds no SQL statement' "$work/err")" -eq 1 ]
check "it creates the table and warns once about SOURCE" $? 0
"$bin" diff "$work/one.sql" "$work/comments.sql" -o "$work/teardown.sql" --allow-data-loss 2> "$work/err"
check "a teardown to a file of comments" $? 0
grep -q "DROP TABLE" "$work/teardown.sql" && grep -q "warning: TARGET .*comments.sql holds no SQL statement" "$work/err" && ! grep -q "warning: SOURCE" "$work/err"
check "it drops the table and warns about TARGET only" $? 0
"$bin" diff "$work/empty_folder" "$work/one.sql" -o "$work/first.sql" 2> "$work/err"
check "an empty folder is an empty schema too" $? 0
grep -q "warning: SOURCE .*empty_folder holds no SQL statement" "$work/err"
check "and is warned about" $? 0

head -c 2000 /dev/urandom > "$work/garbage.sql"
"$bin" parse "$work/garbage.sql" > /dev/null 2> "$work/err"
check "binary garbage exits 2" $? 2

printf 'CREATE CAST (text AS int) WITH INOUT;\n' > "$work/rule.sql"
"$bin" parse "$work/rule.sql" > "$work/rule.json" 2> "$work/err"
check "an unmanaged statement is a warning" $? 0
grep -q "rule.sql:1:1: warning: unmanaged statement (CREATE CAST)" "$work/err"
check "the warning names the statement's kind and place" $? 0
"$bin" parse --strict "$work/rule.sql" > /dev/null 2>&1
check "--strict makes it an error" $? 2

mkdir "$work/dir" && cp "$source_dir/samples/source.sql" "$work/dir/a.sql"
cat "$work/dir/a.sql" | "$bin" parse - > "$work/stdin.json"
check "stdin is read with -" $? 0
"$bin" parse "$work/dir" > "$work/dir.json"
cmp -s "$work/dir.json" "$work/stdin.json"
check "a folder reads its .sql files" $? 0

"$bin" parse "$source_dir/samples/source.sql" --format sql -o "$work/canonical.sql"
check "canonical DDL is written" $? 0
grep -q "CREATE TABLE public.orders" "$work/canonical.sql"
check "canonical DDL names objects with their schema" $? 0

"$bin" parse "$work/missing.sql" > /dev/null 2>&1
check "a missing file exits 2" $? 2

# diff
"$bin" diff "$source_dir/samples/source.sql" "$source_dir/samples/target.sql" -o "$work/refused.sql" 2> "$work/err"
check "a migration that drops a column is refused" $? 3
grep -q "drop column public.products.legacy_code: drops the column and its values" "$work/err" && [ ! -e "$work/refused.sql" ]
check "the refusal names what would be lost and writes nothing" $? 0
"$bin" diff --allow-data-loss "$source_dir/samples/source.sql" "$source_dir/samples/target.sql" -o "$work/migration.sql" \
  --rollback "$work/rollback.sql" 2> "$work/err"
check "diff --allow-data-loss writes a migration" $? 0
grep -q "^--   destructive drop column \(column \)\?public.products.legacy_code" "$work/migration.sql"
check "the header lists hazards" $? 0
grep -q "^-- schemadelta [0-9.]* rollback" "$work/rollback.sql" && grep -q "ADD COLUMN IF NOT EXISTS legacy_code" "$work/rollback.sql"
check "--rollback writes the script back to the source" $? 0
grep -q "^BEGIN;" "$work/migration.sql" && grep -q "^COMMIT;" "$work/migration.sql"
check "the migration runs in a transaction" $? 0
"$bin" diff --allow-data-loss "$source_dir/samples/source.sql" "$source_dir/samples/target.sql" > "$work/again.sql"
cmp -s "$work/migration.sql" "$work/again.sql"
check "the same inputs give a byte-identical script" $? 0
"$bin" diff "$source_dir/samples/source.sql" "$source_dir/samples/source.sql" > "$work/none.sql"
check "no differences exits 0" $? 0
grep -q "No differences" "$work/none.sql" && ! grep -q "BEGIN" "$work/none.sql"
check "no differences gives an empty script that says so" $? 0
"$bin" diff --allow-data-loss --explain "$source_dir/samples/source.sql" "$source_dir/samples/target.sql" | grep -q "^-- drop view public.order_summaries: view definition changed"
check "--explain says why each statement is there" $? 0
"$bin" diff "$work/bad.sql" "$source_dir/samples/target.sql" -o "$work/m2.sql" 2> /dev/null
check "diff of bad input exits 2" $? 2
[ ! -e "$work/m2.sql" ]
check "no script is written on bad input" $? 0
"$bin" diff --rename "table:public.nothing=other" "$source_dir/samples/source.sql" "$source_dir/samples/target.sql" > /dev/null 2> "$work/err"
check "a rename of a missing object exits 2" $? 2
"$bin" diff --format json "$source_dir/samples/source.sql" "$source_dir/samples/target.sql" > "$work/plan.json"
check "--format json writes the plan" $? 0
grep -q '"format": "schemadelta-plan"' "$work/plan.json" && grep -q '"class": "destructive"' "$work/plan.json"
check "the plan shows each change's class" $? 0
"$bin" diff --rename "nonsense" "$source_dir/samples/source.sql" "$source_dir/samples/target.sql" > /dev/null 2>&1
check "an unreadable rename exits 2" $? 2

# Preserving data: a dropped column needs a key to be kept by; without one it is lost for good
# only with --allow-data-loss; --no-preserve drops everything for good.
printf 'CREATE TABLE log (at timestamptz, message text, level text);\n' > "$work/keyless_source.sql"
printf 'CREATE TABLE log (at timestamptz, message text);\n' > "$work/keyless_target.sql"
"$bin" diff "$work/keyless_source.sql" "$work/keyless_target.sql" -o "$work/keyless.sql" 2> "$work/err"
check "a dropped column without a key is refused without --allow-data-loss" $? 3
grep -q "public.log.level" "$work/err" && [ ! -e "$work/keyless.sql" ]
check "the refusal names it and writes nothing" $? 0
"$bin" diff --allow-data-loss --no-preserve "$work/keyless_source.sql" "$work/keyless_target.sql" -o "$work/keyless.sql" 2> /dev/null
check "--no-preserve writes it" $? 0
grep -q "DROP COLUMN IF EXISTS level" "$work/keyless.sql" && ! grep -q "schemadelta_archive" "$work/keyless.sql"
check "--no-preserve drops without holding" $? 0
"$bin" diff --allow-data-loss "$source_dir/samples/source.sql" "$source_dir/samples/target.sql" --rollback "$work/rb.sql" > "$work/kept.sql"
grep -q "schemadelta_archive.hold_" "$work/kept.sql" && grep -q '\$restore\$' "$work/rb.sql"
check "a destructive migration holds what it drops and its rollback restores it" $? 0
{ cat "$source_dir/samples/source.sql"; printf 'CREATE SCHEMA schemadelta_archive;\nCREATE TABLE schemadelta_archive."public.t@1234abcd" (id integer);\n'; } > "$work/with_archive.sql"
"$bin" diff "$work/with_archive.sql" "$source_dir/samples/source.sql" | grep -q "No differences"
check "the holding schema is never compared" $? 0

# Outputs: devices and FIFOs are written in place, planted files are never followed, and no
# output may overwrite an input or another output.
src="$source_dir/samples/source.sql"; tgt="$source_dir/samples/target.sql"
"$bin" diff --allow-data-loss "$src" "$tgt" -o /dev/null
check "-o /dev/null is accepted" $? 0
[ -c /dev/null ]
check "/dev/null stays a character device" $? 0
"$bin" diff --allow-data-loss "$src" "$tgt" -o /dev/stdout > "$work/via_stdout.sql"
check "-o /dev/stdout is accepted" $? 0
cmp -s "$work/via_stdout.sql" "$work/migration.sql"
check "-o /dev/stdout writes the script to standard output" $? 0
mkfifo "$work/fifo"
# The reader gives up after 60 s: a diff that never opens the FIFO fails the check, not the run.
timeout 60 cat "$work/fifo" > "$work/from_fifo.sql" &
reader=$!
"$bin" diff --allow-data-loss "$src" "$tgt" -o "$work/fifo"
check "-o FIFO is accepted" $? 0
# A diff that exited without opening the FIFO leaves the reader waiting: open it once to end it.
exec 9<> "$work/fifo"; exec 9>&-
wait "$reader"
[ -p "$work/fifo" ] && cmp -s "$work/from_fifo.sql" "$work/migration.sql"
check "a FIFO is written through, not replaced" $? 0
echo "precious" > "$work/victim"
ln -s "$work/victim" "$work/planted.sql.partial"
"$bin" diff --allow-data-loss "$src" "$tgt" -o "$work/planted.sql"
check "diff writes next to a planted symlink" $? 0
[ "$(cat "$work/victim")" = "precious" ] && [ -L "$work/planted.sql.partial" ] && cmp -s "$work/planted.sql" "$work/migration.sql"
check "a planted symlink is never written through" $? 0
[ -z "$(find "$work" -maxdepth 1 -name '.planted.sql.*')" ]
check "no temporary file is left behind" $? 0
echo "old" > "$work/real_target.sql"; chmod 640 "$work/real_target.sql"
ln -s "$work/real_target.sql" "$work/link.sql"
"$bin" diff --allow-data-loss "$src" "$tgt" -o "$work/link.sql"
[ -L "$work/link.sql" ] && cmp -s "$work/real_target.sql" "$work/migration.sql" && [ "$(stat -c %a "$work/real_target.sql")" = 640 ]
check "an output that is a symlink stays one; the file it names is replaced, mode kept" $? 0
"$bin" diff --allow-data-loss "$src" "$tgt" -o "$work/same.sql" --rollback "$work/same.sql" 2> "$work/err"
check "-o and --rollback naming one file exit 2" $? 2
grep -q "are the same file" "$work/err" && [ ! -e "$work/same.sql" ]
check "the refusal says why and writes nothing" $? 0
ln -s "$work/same_target.sql" "$work/same_link.sql"
"$bin" diff --allow-data-loss "$src" "$tgt" -o "$work/./same_target.sql" --rollback "$work/same_link.sql" 2> /dev/null
check "outputs are compared by file, not by spelling" $? 2
cp "$src" "$work/input.sql"; cp "$src" "$work/input_copy.sql"
"$bin" diff --allow-data-loss "$work/input.sql" "$tgt" -o "$work/input.sql" 2> "$work/err"
check "-o naming the source exits 2" $? 2
cmp -s "$work/input.sql" "$work/input_copy.sql" && grep -q "is the input" "$work/err"
check "the source is left as it was" $? 0
ln "$work/input.sql" "$work/hard_link.sql"
"$bin" diff --allow-data-loss "$work/input.sql" "$tgt" -o "$work/hard_link.sql" 2> /dev/null
check "a hard link to the source is the source" $? 2
"$bin" diff --allow-data-loss "$src" "$work/dir" --rollback "$work/dir/new.sql" -o /dev/null 2> /dev/null
check "an output inside an input folder exits 2" $? 2
"$bin" parse "$work/input.sql" -o "$work/input.sql" 2> /dev/null
check "parse -o naming its input exits 2" $? 2

# Inputs: a folder's .sql entry that cannot be read is an error naming it.
mkdir "$work/dangling" && cp "$src" "$work/dangling/a.sql" && ln -s "$work/nowhere.sql" "$work/dangling/b.sql"
"$bin" parse "$work/dangling" > /dev/null 2> "$work/err"
check "a dangling .sql symlink in a folder exits 2" $? 2
grep -q "dangling/b.sql: symbolic link to a missing file" "$work/err"
check "the error names the link" $? 0

# Terminal output: names with escape and control bytes are shown escaped.
printf 'CREATE TABLE "red\033[31mtext\nline" (id int);\n' > "$work/escape.sql"
printf 'CREATE TABLE other (id int);\n' > "$work/plain.sql"
"$bin" check "$work/escape.sql" "$work/plain.sql" > "$work/check.txt" 2>&1
check "check finds the drift" $? 1
! grep -q $'\033' "$work/check.txt" && grep -q 'red\\x1B\[31mtext\\nline' "$work/check.txt"
check "check prints control bytes of names escaped" $? 0
"$bin" diff "$work/plain.sql" "$work/escape.sql" --explain 2>&1 | grep '^--' | grep -q $'\033'
check "no comment line of a script carries an escape byte" $? 1

# Passwords: never on a child's command line (ps shows it), never in a message. Stand-ins for
# psql (asked the server's version first) and pg_dump record what they were given and fail the
# way the real ones do, echoing their connection string.
mkdir "$work/fakebin"
cat > "$work/fakebin/pg_dump" <<'FAKE'
#!/bin/sh
printf '%s\n' "$@" >> "$FAKE_LOG.argv"
printf '%s\n' "${PGPASSWORD-<unset>}" > "$FAKE_LOG.password"
printf '%s\n' "${PGCONNECT_TIMEOUT-<unset>}" > "$FAKE_LOG.timeout"
previous=
for a in "$@"; do
  case "$a" in --dbname=*) echo "$(basename "$0"): error: connection to ${a#--dbname=} failed" >&2;; esac
  [ "$previous" = -d ] && echo "$(basename "$0"): error: connection to $a failed" >&2
  previous=$a
done
exit 1
FAKE
chmod +x "$work/fakebin/pg_dump"
cp "$work/fakebin/pg_dump" "$work/fakebin/psql"
n=0
for password in 'p?ss' 'p@ss' 'p/ss' 's3cret'; do
  n=$((n + 1))
  PATH="$work/fakebin:$PATH" FAKE_LOG="$work/fake$n" "$bin" parse "postgresql://ann:$password@db.invalid:5432/app" > /dev/null 2> "$work/err$n"
  check "a failing live read exits 2 (password $n)" $? 2
  ! grep -qF -- "$password" "$work/fake$n.argv" && [ "$(cat "$work/fake$n.password")" = "$password" ]
  check "the password reaches pg_dump through PGPASSWORD, not its command line (password $n)" $? 0
  ! grep -qF -- "$password" "$work/err$n" && grep -q 'ann:\*\*\*@db.invalid' "$work/err$n"
  check "the message masks the password (password $n)" $? 0
done
[ "$(cat "$work/fake1.timeout")" = 10 ]
check "a connect timeout of 10 s is the default" $? 0
PATH="$work/fakebin:$PATH" FAKE_LOG="$work/fake9" "$bin" parse --connect-timeout 3 "postgresql://ann@db.invalid/app" > /dev/null 2>&1
[ "$(cat "$work/fake9.timeout")" = 3 ]
check "--connect-timeout sets it" $? 0

# A lowered sequence bound can strand a sequence past it: destructive, refused without --allow-data-loss.
printf 'CREATE SEQUENCE s MAXVALUE 100000;\n' > "$work/seq_source.sql"
printf 'CREATE SEQUENCE s MAXVALUE 1000;\n' > "$work/seq_target.sql"
"$bin" diff "$work/seq_source.sql" "$work/seq_target.sql" > /dev/null 2> "$work/err"
check "lowering a sequence's MAXVALUE is refused without --allow-data-loss" $? 3
grep -q "lowers MAXVALUE to 1000" "$work/err"
check "the refusal says what the bound does" $? 0
"$bin" diff --allow-data-loss "$work/seq_source.sql" "$work/seq_target.sql" | grep -q "pre-flight: % is at %, past its new MAXVALUE"
check "with --allow-data-loss the script stops if the sequence is past the bound" $? 0

# --allow-data-loss on a table without a key: what can be held is held, the rest goes for good and
# is named on stderr, in both scripts' headers and in the JSON plan (hazard NotHeld).
printf 'CREATE TABLE events (at timestamptz, kind text, payload text);\nCREATE TABLE keyed (id int PRIMARY KEY, old text);\n' > "$work/nokey_source.sql"
printf 'CREATE TABLE events (at timestamptz, kind text);\nCREATE TABLE keyed (id int PRIMARY KEY);\n' > "$work/nokey_target.sql"
"$bin" diff "$work/nokey_source.sql" "$work/nokey_target.sql" --allow-data-loss -o "$work/nokey_up.sql" --rollback "$work/nokey_down.sql" 2> "$work/err"
check "a dropped column without a key is written with --allow-data-loss" $? 0
grep -q "warning: not kept.*public.events.payload" "$work/err" && ! grep -q "warning:.*keyed.old" "$work/err"
check "stderr names the column that will not come back, only that one" $? 0
grep -q "^--.*drop column \(column \)\?public.events.payload.*NotHeld" "$work/nokey_up.sql" && grep -q "hold_values" "$work/nokey_up.sql"
check "the migration names it NotHeld and still holds the keyed column" $? 0
grep -q "^--.*add column \(column \)\?public.events.payload: comes back empty.*NotHeld" "$work/nokey_down.sql"
check "the rollback says it comes back empty" $? 0
"$bin" diff "$work/nokey_source.sql" "$work/nokey_target.sql" --format json | grep -q '"NotHeld"'
check "the JSON plan carries the hazard" $? 0
printf 'CREATE TABLE marks (at timestamptz, level int NOT NULL);\n' > "$work/nokey_nn_source.sql"
printf 'CREATE TABLE marks (at timestamptz);\n' > "$work/nokey_nn_target.sql"
"$bin" diff "$work/nokey_nn_source.sql" "$work/nokey_nn_target.sql" --allow-data-loss -o "$work/nn_up.sql" --rollback "$work/nn_down.sql" 2> /dev/null
grep -q "ADD COLUMN IF NOT EXISTS level integer;" "$work/nn_down.sql" && grep -q "it stays nullable" "$work/nn_down.sql"
check "a NOT NULL column that comes back empty is NOT NULL again only on an empty table" $? 0

exit $((failures > 0))
