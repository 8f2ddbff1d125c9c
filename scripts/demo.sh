#!/usr/bin/env bash
# `make demo`: the main job on samples/: the migration from source.sql to target.sql, written
# to demo-output/ with the reason for each statement.
set -euo pipefail
bin="$1"
cd "$(dirname "$0")/.."
out=demo-output
mkdir -p "$out"
"$bin" diff samples/source.sql samples/target.sql --explain -o "$out/migration.sql"
"$bin" parse samples/target.sql --format json -o "$out/target-model.json"
echo "--- $out/migration.sql"
cat "$out/migration.sql"
