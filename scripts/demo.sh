#!/usr/bin/env bash
# `make demo`: the main job on samples/ (source -> target), written to demo-output/.
set -euo pipefail
bin="$1"
cd "$(dirname "$0")/.."
out=demo-output
mkdir -p "$out"
"$bin" parse samples/source.sql --format json -o "$out/source-model.json"
"$bin" parse samples/target.sql --format sql -o "$out/target-canonical.sql"
echo "schemadelta demo: wrote $out/source-model.json and $out/target-canonical.sql"
echo "--- first lines of $out/target-canonical.sql"
head -n 30 "$out/target-canonical.sql"
