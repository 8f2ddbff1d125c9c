#!/usr/bin/env bash
# Machine formats (issue 16): the JSON that parse, diff and check write validates against
# docs/formats/*.schema.json, on the samples, every test case and the real schemas; the plan
# carries each change's SQL and every warning.
. "$(dirname "$0")/test_lib.sh"
python=/usr/bin/python3  # Debian's, with python3-jsonschema (scripts/install-deps.sh)
$python -c 'import jsonschema' 2> /dev/null; check "python3-jsonschema is installed" $? 0

n=0
pairs=("$source_dir/samples/source.sql $source_dir/samples/target.sql")
for case in "$source_dir"/tests/cases/*/; do pairs+=("$case/source.sql $case/target.sql"); done
while read -r source target; do pairs+=("$source_dir/tests/real_schemas/$source.sql $source_dir/tests/real_schemas/$target.sql"); done \
  < <(grep -v '^#' "$source_dir/tests/real_schemas/pairs.txt" 2> /dev/null | awk 'NF >= 2 {print $1, $2}' | head -3)
for pair in "${pairs[@]}"; do
  read -r source target <<< "$pair"
  [ -f "$source" ] && [ -f "$target" ] || continue
  n=$((n + 1))
  "$bin" parse "$target" -q > "$work/catalog_$n.json" 2> /dev/null || rm -f "$work/catalog_$n.json"
  "$bin" diff "$source" "$target" --format json -q > "$work/plan_$n.json" 2> /dev/null || rm -f "$work/plan_$n.json"
  "$bin" check "$target" "$source" --format json -q > "$work/drift_$n.json" 2> /dev/null
  [ $? -le 1 ] || rm -f "$work/drift_$n.json"
done
echo "ok: $n pairs written"
# diff --expand-contract's plan.json, for a pair whose phases hold a decision and a transition.
printf 'CREATE TABLE p (id int PRIMARY KEY, email varchar(50) NOT NULL, old text NOT NULL);\n' > "$work/p1.sql"
printf 'CREATE TABLE p (id int PRIMARY KEY, email_address varchar(80) NOT NULL, n int NOT NULL);\n' > "$work/p2.sql"
"$bin" diff "$work/p1.sql" "$work/p2.sql" --expand-contract -o "$work/phases" --rename column:p.email=email_address --allow-data-loss -q
check "diff --expand-contract" $? 0
cp "$work/phases/plan.json" "$work/phases.json"
# Statements not compared on both sides: EXPECTED's with places, ACTUAL's by their text.
printf 'CREATE TABLE u (a int);\nCREATE CAST (text AS int) WITH INOUT;\n' > "$work/unsupported.sql"
"$bin" check "$work/unsupported.sql" "$work/unsupported.sql" --format json -q > "$work/drift_unsupported.json"
check "a drift report with unsupported statements on both sides" $? 0
$python "$(dirname "$0")/validate_formats.py" "$source_dir/docs/formats" "$work"/*.json
check "every output validates against its schema" $? 0

# The plan's content: SQL for each change, every warning (those stderr groups too).
printf 'CREATE TABLE t (id int PRIMARY KEY, c int);\nCREATE CAST (text AS int) WITH INOUT;\nCREATE CAST (text AS bigint) WITH INOUT;\n' > "$work/s.sql"
printf 'CREATE TABLE t (id int PRIMARY KEY, c bigint, d text);\n' > "$work/t.sql"
"$bin" diff "$work/s.sql" "$work/t.sql" --format json > "$work/plan.json" 2> "$work/err"
check "diff --format json" $? 0
$python - "$work/plan.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
problems = []
for change in plan["changes"]:
    if not change.get("sql"):
        problems.append(f"change {change['order']} ({change['change']}) has no SQL")
joined = "\n".join(s for c in plan["changes"] for s in c.get("sql", []))
for expected in ("ADD COLUMN IF NOT EXISTS d text", "TYPE bigint"):
    if expected not in joined:
        problems.append(f"no {expected!r} in the plan's SQL")
casts = [w for w in plan["warnings"] if "unmanaged statement (CREATE CAST)" in w]
if len(casts) != 2 or not casts[0].startswith(sys.argv[1].rsplit("/", 1)[0] + "/s.sql:2:1: "):
    problems.append(f"the plan's warnings lack the two CREATE CAST warnings with their places: {plan['warnings']}")
print("\n".join("FAIL: " + p for p in problems) or "ok: the plan has each change's SQL and every warning")
sys.exit(1 if problems else 0)
PY
check "the plan's SQL and warnings" $? 0

finish
