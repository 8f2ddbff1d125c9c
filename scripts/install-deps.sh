#!/usr/bin/env bash
# Installs the Debian packages schemadelta needs to build and test; --sanitize adds clang and its
# sanitizer and libFuzzer runtimes (make test-sanitize, make fuzz), --bench adds apgdiff (make bench).
# Idempotent: quiet and fast when everything is already there.
set -euo pipefail

packages=(
  cmake g++ make
  antlr4 libantlr4-runtime-dev
  libboost-graph-dev libfmt-dev libcli11-dev
  googletest libgtest-dev nlohmann-json3-dev
  postgresql-15 postgresql-client-15
  postgresql-15-postgis-3  # tests/cases/postgis_*: a geometry column and a GiST index
  libpg-query-dev  # test-only: the referee for our parser (tests/referee), never linked into schemadelta
)
for extra in "$@"; do
  case "$extra" in
    --sanitize) packages+=(clang-14 libclang-rt-14-dev) ;;
    --bench) packages+=(apgdiff) ;;
    *) echo "install-deps: unknown option $extra" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing packages: ${missing[*]} (run as root, or install them)" >&2
  exit 1
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
