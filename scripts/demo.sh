#!/usr/bin/env bash
# `make demo`: the main job on samples/: the migration from source.sql to target.sql, written
# to demo-output/ with the reason for each statement.
set -euo pipefail
bin="$1"
cd "$(dirname "$0")/.."
out=demo-output
mkdir -p "$out"
echo "--- without --allow-data-loss, a migration that drops data is refused (exit 3):"
"$bin" diff samples/source.sql samples/target.sql -o "$out/migration.sql" || true
"$bin" diff samples/source.sql samples/target.sql --allow-data-loss --explain -o "$out/migration.sql" \
  --rollback "$out/rollback.sql"
"$bin" parse samples/target.sql --format json -o "$out/target-model.json"
echo "--- $out/migration.sql"
cat "$out/migration.sql"
echo "--- $out/rollback.sql is the way back: it restores what the migration kept in schemadelta_archive"
