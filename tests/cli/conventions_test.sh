#!/usr/bin/env bash
# CLI conventions (issue 16): unknown words named with the nearest valid one, option values checked
# before any work, errors said once with file:line:col, --help with examples and exit statuses,
# --quiet and --verbose, warnings grouped by kind, messages that do not repeat the kind.
. "$(dirname "$0")/test_lib.sh"
cd "$work"
printf 'CREATE TABLE t (id int PRIMARY KEY, c int);\n' > s.sql
printf 'CREATE TABLE u (id int PRIMARY KEY, c int);\n' > t.sql

# Unknown commands and options: the nearest valid word, exit 2.
"$bin" dif s.sql t.sql > out 2> err; check "an unknown command exits 2" $? 2
has "it names the nearest command" err "unknown command 'dif'; did you mean 'diff'?"
"$bin" diff s.sql t.sql --fromat json > out 2> err; check "an unknown option exits 2" $? 2
has "it names the nearest option" err "unknown option '--fromat' for 'diff'; did you mean '--format'?"
[ ! -s out ]; check "and writes nothing on stdout" $? 0
"$bin" archive lst postgresql://nowhere/x > out 2> err; check "an unknown subcommand of archive exits 2" $? 2
has "it names the nearest archive command" err "unknown archive command 'lst'; did you mean 'list'?"
"$bin" frobnicate > out 2> err; check "a word like no command exits 2" $? 2
has "it lists the commands" err "unknown command 'frobnicate' (commands: parse, diff, check,"
"$bin" check s.sql t.sql --verbos > out 2> err; check "a misspelt global option exits 2" $? 2
has "it names the global option" err "did you mean '--verbose'?"
"$bin" > out 2> err; check "no command exits 2" $? 2
has "it says a command is required" err "a command is required"

# Values are checked before any work: nothing is read, nothing written.
"$bin" diff s.sql t.sql --lock-timeout abc -o m.sql > out 2> err; check "--lock-timeout abc exits 2" $? 2
has "the message names the option and the value" err "--lock-timeout: 'abc' is not a duration"
[ ! -e m.sql ]; check "no script is written" $? 0
"$bin" diff s.sql t.sql --statement-timeout 5x > out 2> err; check "--statement-timeout 5x exits 2" $? 2
for good in 10s 250 1.5min '2 h' 100ms; do
  "$bin" diff s.sql s.sql --lock-timeout "$good" > out 2> err; check "--lock-timeout '$good' is taken" $? 0
done
printf 'CREATE TABLE t (id int PRIMARY KEY, c int, d int);\n' > wide.sql
"$bin" diff s.sql wide.sql --lock-timeout 1.5min > out 2> /dev/null
has "the value reaches the script" out "SET lock_timeout = '1.5min';"
"$bin" diff s.sql t.sql --rename table:t=zzz -o m.sql > out 2> err; check "a rename to a name TARGET lacks exits 2" $? 2
has "it names the absent object" err "rename to a table public.zzz that the target does not have"
lacks "no drop of the absent name is planned" err "drop table"
"$bin" diff s.sql t.sql --rename table:q=u > out 2> err; check "a rename of a name SOURCE lacks exits 2" $? 2
has "it names the missing object" err "rename of a table public.q that the source does not have"
"$bin" verify s.sql t.sql --rename table:t=zzz --no-rows > out 2> err; check "verify refuses the same rename before starting a server" $? 2
lacks "no server was started" err "starting a throwaway"
"$bin" diff s.sql t.sql --rename table:t=u > out 2> err; check "a rename of objects both sides have is taken" $? 0
has "and renames" out "RENAME TO u"

printf '# renames\ntable:t=u\n   column:public.t.c\n' > renames
"$bin" diff s.sql t.sql --rename-file renames > out 2> err; check "a bad --rename-file line exits 2" $? 2
has "its error has file:line:col" err "renames:3:4: error: a rename is KIND:[schema.]old=new"
"$bin" diff s.sql t.sql --rename nonsense > out 2> err; check "a bad --rename exits 2" $? 2
has "its error names the option" err "schemadelta: error: --rename: a rename is KIND:[schema.]old=new"

# Ignore-file errors: once, with file:line:col, before the inputs are read.
printf '# comment\n\n   table:public.*\n  nosuchkind:x.y\n' > ignore
"$bin" diff s.sql t.sql --ignore-file ignore > out 2> err; check "a bad ignore file exits 2" $? 2
has "the error has file:line:col of the pattern" err "ignore:4:3: error: unknown kind 'nosuchkind'"
[ "$(grep -c 'unknown kind' err)" -eq 1 ]; check "it is said once (not once per side)" $? 0
"$bin" check s.sql t.sql --ignore-file ignore > out 2> err; check "check reads the ignore file the same way" $? 2
[ "$(grep -c 'ignore:4:3' err)" -eq 1 ]; check "and says it once" $? 0

# --help of each command: examples and exit statuses.
for command in parse diff check snapshot verify archive "archive list" "archive purge"; do
  # shellcheck disable=SC2086
  "$bin" $command --help > help 2>&1; check "$command --help exits 0" $? 0
  examples=$(awk '/^Examples:/{on=1; next} /^$/{on=0} on && /^  [^ ]/' help | wc -l)
  [ "$examples" -ge 2 ] && [ "$examples" -le 3 ]; check "$command --help shows 2 or 3 examples ($examples)" $? 0
  has "$command --help shows the exit statuses" help "Exit status:"
  awk '/^Exit status:/{on=1; next} on && /^  [0-9]  /{print $1}' help > codes
  grep -qx 0 codes && grep -qx 2 codes; check "$command --help explains exit 0 and 2" $? 0
done
"$bin" diff --help > help; has "diff --help explains exit 3" help "  3  refused"
"$bin" check --help > help; has "check --help explains exit 1" help "  1  drift"
"$bin" --version > out; check "--version exits 0" $? 0
grep -Eq '^schemadelta [0-9]+\.[0-9]+\.[0-9]+ \((git [0-9a-f]{7,}(-dirty)?|commit [^)]+)\)$' out; check "--version names the version and the commit" $? 0

# Warnings grouped by kind; --verbose shows each, --quiet none.
for i in 1 2 3 4 5; do printf 'CREATE CAST (text AS int%s) WITH INOUT;\n' "$i"; done > casts.sql
printf 'CREATE TABLE t (id int PRIMARY KEY, c int);\nCREATE TEMPORARY TABLE tmp (a int);\n' >> casts.sql
"$bin" parse casts.sql > out 2> err; check "a file of unmanaged statements is read" $? 0
has "five of a kind are one line with the count and the first place" err "warning: unmanaged statement (CREATE CAST): 5 times, first at casts.sql:1:1"
[ "$(grep -c 'CREATE CAST' err)" -eq 1 ]; check "one line for the kind" $? 0
has "a kind seen once is shown as it is, with its place" err "casts.sql:7:1: warning: temporary table in a schema file"
"$bin" parse casts.sql --verbose > out 2> err; check "--verbose exits 0" $? 0
[ "$(grep -c 'warning: unmanaged statement (CREATE CAST)' err)" -eq 5 ]; check "--verbose shows each warning" $? 0
has "with its source line" err "    CREATE CAST (text AS int3) WITH INOUT;"
"$bin" -v parse casts.sql > out 2> err2; cmp -s err err2; check "-v before the command is the same" $? 0
"$bin" parse casts.sql --quiet > out 2> err; check "--quiet exits 0" $? 0
[ ! -s err ]; check "--quiet says nothing on stderr" $? 0
"$bin" parse casts.sql -q -v > out 2> err; check "--quiet and --verbose together exit 2" $? 2
"$bin" diff s.sql s.sql -o m.sql 2> err; has "diff says where it wrote" err "no differences -> m.sql"
"$bin" diff s.sql s.sql -o m.sql -q 2> err; [ ! -s err ]; check "diff --quiet does not" $? 0
printf 'CREATE CAST (text AS int) WITH INOUT;\nCREATE TABLE t (id int PRIMARY KEY, c int);\n' > bad.sql
printf 'CREATE TABLE t (id int PRIMARY KEY, c int;\n' > broken.sql
"$bin" diff broken.sql s.sql -q > out 2> err; check "errors still exit 2 with --quiet" $? 2
has "and are still said" err "broken.sql:1:"

# The kind is said once: "drop column public.t.c", never "drop column column public.t.c".
"$bin" diff wide.sql s.sql > out 2> err; check "dropping a column is refused" $? 3
has "the refusal names the column" err "public.t.d"
lacks "without the kind twice" err "column column"

# check says drift as what EXPECTED has and what ACTUAL has; places only into EXPECTED.
printf 'CREATE TABLE orders (id int PRIMARY KEY, total numeric(12,2), x timestamptz);\nCREATE INDEX i ON orders (total);\n' > expected.sql
printf 'CREATE TABLE orders (id int PRIMARY KEY, total numeric(10,2), x timestamptz DEFAULT now(), note text);\nCREATE TABLE scratch (a int);\n' > actual.sql
"$bin" check expected.sql actual.sql > out 2> err; check "check finds drift" $? 1
has "a type change shows both types" out "- column public.orders.total: expected numeric(12,2), found numeric(10,2)"
has "a default shows none and the value" out "- default on public.orders.x: expected none, found now()"
has "an unexpected column is expected absent" out "- column public.orders.note: expected absent, found text"
has "a missing index is missing" out "- index public.i: missing"
has "the place is in EXPECTED" out "different  table public.orders  (expected.sql:1)"
lacks "never in ACTUAL" out "actual.sql:"
"$bin" check expected.sql actual.sql --format sarif > out 2> err
lacks "SARIF points only into EXPECTED" out '"uri": "actual.sql"'
has "SARIF says the findings" out "column public.orders.note: expected absent, found text"
"$bin" check expected.sql actual.sql --format junit > out 2> err
has "JUnit says the findings" out "index public.i: missing"
"$bin" check expected.sql actual.sql --format json > out 2> err
lacks "JSON has no place in ACTUAL" out '"file": "actual.sql"'
has "JSON has the findings" out '"finding": "default on public.orders.x: expected none, found now()"'
# Statements not compared: those of EXPECTED by their place there, those of ACTUAL (often a dump of
# a live database) by their text, never a place in ACTUAL; in every format.
printf 'CREATE TABLE t (id int);\nCREATE CAST (text AS int) WITH INOUT;\n' > exp_cast.sql
printf 'CREATE TABLE t (id int);\n\nCREATE CONVERSION c1 FOR '"'LATIN1'"'\n   TO '"'UTF8'"' FROM iso8859_1_to_utf8;\n' > act_coll.sql
"$bin" check exp_cast.sql act_coll.sql > out 2> err; check "check with unsupported statements on both sides exits 0" $? 0
has "EXPECTED's by its place" out "unsupported CREATE CAST at exp_cast.sql:2:1 (not compared)"
has "ACTUAL's by its text, on one line" out "unsupported CREATE CONVERSION in act_coll.sql (not compared): CREATE CONVERSION c1 FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8"
lacks "no place in ACTUAL in the text" out "act_coll.sql:"
"$bin" check exp_cast.sql act_coll.sql --format json > out 2> err
lacks "no place in ACTUAL in JSON" out '"file": "act_coll.sql"'
has "JSON names ACTUAL's statement by its text" out '"statement": "CREATE CONVERSION c1 FOR '"'LATIN1'"' TO '"'UTF8'"' FROM iso8859_1_to_utf8"'
has "JSON keeps EXPECTED's place" out '"file": "exp_cast.sql"'
"$bin" check exp_cast.sql act_coll.sql --format sarif > out 2> err
lacks "no place in ACTUAL in SARIF" out '"uri": "act_coll.sql"'
has "SARIF points at EXPECTED's statement" out '"uri": "exp_cast.sql"'
has "SARIF names ACTUAL's statement as a note" out 'unsupported CREATE CONVERSION in act_coll.sql (not compared): CREATE CONVERSION c1'
has "unsupported statements are notes" out '"level": "note"'
"$bin" check exp_cast.sql act_coll.sql --format sarif --fail-on unsupported > out 2> err; check "SARIF with --fail-on unsupported exits 1" $? 1
lacks "and they are errors, not notes" out '"level": "note"'
"$bin" check exp_cast.sql act_coll.sql --format junit > out 2> err
lacks "no place in ACTUAL in JUnit" out 'act_coll.sql:'
has "JUnit names EXPECTED's statement by its place, skipped" out '<testcase classname="unsupported" name="exp_cast.sql:2:1">'
has "JUnit counts them as skipped" out 'skipped="2"'
"$bin" check exp_cast.sql act_coll.sql --format junit --fail-on unsupported > out 2> err; check "JUnit with --fail-on unsupported exits 1" $? 1
has "and counts them as failures" out 'tests="4" failures="2"'
has "each a failure" out '<failure type="unsupported" message="unsupported CREATE CONVERSION in act_coll.sql (not compared)'
# --fail-on unsupported: the exit 1 is explained.
printf 'CREATE TABLE t (id int);\nCREATE CAST (text AS int) WITH INOUT;\n' > cast.sql
"$bin" check cast.sql cast.sql > out 2> err; check "unsupported statements alone do not fail" $? 0
lacks "and say no failure" out "Fails"
"$bin" check cast.sql cast.sql --fail-on unsupported > out 2> err; check "with --fail-on unsupported they do" $? 1
has "there is no drift" out "No drift"
has "and the text says why it fails" out "Fails: 2 unsupported statements (not compared), and --fail-on unsupported"
"$bin" check cast.sql cast.sql --fail-on unsupported --format json > out 2> err; check "so does JSON" $? 1
has "JSON says why" out '"2 unsupported statements (not compared), and --fail-on unsupported"'

# diff --summary: a line per changed object, old -> new, with hazards; colour only on a terminal.
printf 'CREATE TABLE orders (id int PRIMARY KEY, total numeric(10,2), x timestamptz, fax text);\n' > old.sql
printf 'CREATE TABLE orders (id int PRIMARY KEY, total numeric(12,2), x timestamptz DEFAULT now(), note text);\nCREATE INDEX i ON orders (total);\n' > new.sql
"$bin" diff old.sql new.sql --summary > out 2> err; check "diff --summary exits 0, even with a drop" $? 0
has "a type change is old -> new with its hazards" out "~ column public.orders.total: numeric(10,2) -> numeric(12,2)  [blocking: RewritesTable, BlocksWrites]"
has "a default is none -> value" out "~ default on public.orders.x: none -> now()"
has "a new column" out "+ column public.orders.note: absent -> text"
has "a dropped column is destructive" out "- column public.orders.fax: text -> absent  [destructive: DeletesData]"
has "a new index" out "+ index public.i: new  [blocking: BlocksWrites]"
has "and a count" out "changes to 5 objects"
lacks "no script" out "BEGIN;"
lacks "no colour when not on a terminal" out $'\x1b['
"$bin" diff old.sql new.sql --summary --allow-data-loss -o summary.txt --rollback r.sql > out 2> err
check "diff --summary -o FILE exits 0" $? 0
has "the summary goes to -o" summary.txt "- column public.orders.fax: text -> absent  [destructive: DeletesData]"
[ ! -e r.sql ]; check "--summary writes no rollback" $? 0
lacks "and is not said twice on stderr" err "column public.orders.fax"
if command -v script > /dev/null; then
  script -qec "$bin diff old.sql new.sql --summary" /dev/null > out 2>&1
  has "colour on a terminal" out $'\x1b[31m-\x1b[0m column public.orders.fax'
  NO_COLOR=1 script -qec "$bin diff old.sql new.sql --summary" /dev/null > out 2>&1
  lacks "never with NO_COLOR" out $'\x1b['
fi

# diff says the summary on stderr before it writes the scripts; --quiet does not.
"$bin" diff old.sql new.sql --allow-data-loss > out 2> err; check "diff with a summary on stderr exits 0" $? 0
has "the script is on stdout" out "BEGIN;"
lacks "without the summary" out "changes to 5 objects"
has "stderr has the type change old -> new" err "~ column public.orders.total: numeric(10,2) -> numeric(12,2)  [blocking: RewritesTable, BlocksWrites]"
has "stderr has the drop and its hazard" err "- column public.orders.fax: text -> absent  [destructive: DeletesData]"
has "stderr has the new index" err "+ index public.i: new  [blocking: BlocksWrites]"
has "and the count" err "5 changes to 5 objects: 2 safe, 2 blocking, 1 destructive"
lacks "no colour when stderr is no terminal" err $'\x1b['
"$bin" diff old.sql new.sql --allow-data-loss -o up.sql --rollback down.sql 2> err; check "diff -o --rollback exits 0" $? 0
has "the summary comes with -o too" err "+ column public.orders.note: absent -> text"
has "before the line that says where the scripts went" err "-> up.sql, rollback -> down.sql"
[ "$(grep -n 'changes to 5 objects' err | cut -d: -f1)" -lt "$(grep -n -- '-> up.sql' err | cut -d: -f1)" ]
check "the summary comes first" $? 0
"$bin" diff old.sql new.sql --allow-data-loss -o up.sql --quiet 2> err; check "diff --quiet exits 0" $? 0
[ ! -s err ]; check "diff --quiet says no summary" $? 0
"$bin" diff old.sql new.sql > out 2> err; check "a refused diff still exits 3" $? 3
lacks "a refused diff writes no summary (the refusal says what is lost)" err "changes to 5 objects"
"$bin" diff old.sql old.sql > out 2> err; check "a diff without changes exits 0" $? 0
has "and says so" err "No differences."
"$bin" diff old.sql new.sql --format json > out 2> err; check "the JSON plan exits 0" $? 0
lacks "the plan is not summarised on stderr" err "changes to 5 objects"
if command -v script > /dev/null; then
  script -qec "$bin diff old.sql new.sql --allow-data-loss -o up.sql" /dev/null > out 2>&1
  has "the stderr summary is coloured on a terminal" out $'\x1b[33m~\x1b[0m column public.orders.total'
  script -qec "$bin diff old.sql new.sql --allow-data-loss 2> err" /dev/null > out 2>&1
  lacks "not when stderr is a file, though stdout is a terminal" err $'\x1b['
  has "(the summary is there)" err "column public.orders.total"
  script -qec "$bin diff old.sql new.sql --allow-data-loss > up.sql" /dev/null > out 2>&1
  has "coloured on stderr when stdout is a file" out $'\x1b[31m-\x1b[0m column public.orders.fax'
  NO_COLOR=1 script -qec "$bin diff old.sql new.sql --allow-data-loss -o up.sql" /dev/null > out 2>&1
  lacks "never with NO_COLOR on stderr" out $'\x1b['
  has "(but said)" out "column public.orders.fax"
fi

# Compact scripts: each restore step (a created table or an added column whose data a rollback
# held) is one call of a holding schema function, one line, not a block per change.
printf 'CREATE TABLE t (id int PRIMARY KEY);\n' > few.sql
{ printf 'CREATE TABLE t (id int PRIMARY KEY'; for i in $(seq 20); do printf ', c%s text' "$i"; done; printf ');\n'
  for i in $(seq 20); do printf 'CREATE TABLE n%s (id int PRIMARY KEY, v text);\n' "$i"; done; } > many.sql
"$bin" diff few.sql many.sql -q -o up.sql --rollback down.sql; check "40 additions are written" $? 0
[ "$(grep -c '^DO \$restore\$ BEGIN IF to_regclass(.*) IS NOT NULL THEN PERFORM schemadelta_archive\.restore_\(column\|table\)(.*); END IF; END \$restore\$;$' up.sql)" -eq 40 ]
check "40 restore steps of one line each" $? 0
[ "$(grep -c 'restore\$' up.sql)" -eq 42 ]; check "and one multi-line restore block (the sequences', once: two lines)" $? 0
has "the rollback holds through the holding schema's functions" down.sql "CREATE OR REPLACE FUNCTION schemadelta_archive.restore_column("

finish
