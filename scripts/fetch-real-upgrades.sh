#!/usr/bin/env bash
# fetch-real-upgrades.sh CACHE_DIR: the real application schemas and upgrade scripts that
# tests/real_upgrades/ proves schemadelta on, taken from Debian 12 packages without installing
# them (apt-get download + dpkg -x; the .debs are cached in CACHE_DIR/debs, nothing is downloaded
# when they are there).
#
# For each application it writes CACHE_DIR/apps/<app>/:
#   base.sql          the schema a fresh install loads (every base file, in load order)
#   base_version      the version that schema is (always the newest one the package knows)
#   upgrades/NNN_<version>.sql   the application's own upgrade scripts, oldest first; each takes
#                     the database from the version before it to <version>
# This script is the one place that knows where each package keeps its SQL.
set -euo pipefail

[ $# -eq 1 ] || { echo "usage: $0 CACHE_DIR" >&2; exit 2; }
cache=$1
mkdir -p "$cache/debs"
cache=$(cd "$cache" && pwd)

# Package lists: the application packages, plus libawl-php (davical's base tables come from it).
packages=(icinga2-ido-pgsql bacula-director-pgsql roundcube-core davical libawl-php pdns-backend-pgsql mediawiki
          zabbix-server-pgsql)

# apt-get download writes into the current folder; its progress and, as root, the warning that
# _apt cannot write there are left out. Whether a package came is judged by its file.
download() { (cd "$cache/debs" && apt-get download -q "$@" 2>&1 | grep -v -e '^W: Download is performed unsandboxed' -e '^Get:' -e '^Fetched' >&2) || true; }
absent() { for p in "$@"; do compgen -G "$cache/debs/${p}_*.deb" >/dev/null || echo "$p"; done; }

mapfile -t missing < <(absent "${packages[@]}")
if [ ${#missing[@]} -gt 0 ]; then
  download "${missing[@]}"
  mapfile -t missing < <(absent "${missing[@]}")
  if [ ${#missing[@]} -gt 0 ]; then
    echo "fetch-real-upgrades: download failed for ${missing[*]}; running apt-get update once" >&2
    apt-get update -qq >/dev/null
    download "${missing[@]}"
    mapfile -t missing < <(absent "${missing[@]}")
    [ ${#missing[@]} -eq 0 ] || { echo "fetch-real-upgrades: cannot download ${missing[*]}" >&2; exit 1; }
  fi
fi

# Unpack anew when the set of .debs changed (a stamp lists them).
root=$cache/root
stamp=$(cd "$cache/debs" && ls -1 ./*.deb | sort)
if [ ! -f "$cache/unpacked.stamp" ] || [ "$(cat "$cache/unpacked.stamp")" != "$stamp" ]; then
  rm -rf "$root" "$cache/apps"
  mkdir -p "$root"
  for deb in "$cache"/debs/*.deb; do dpkg -x "$deb" "$root"; done
  printf '%s\n' "$stamp" >"$cache/unpacked.stamp"
fi

# app BASE_VERSION BASE_FILE... -- UPGRADE_FILE... (upgrade files already in order; the version of
# each is its file name without .sql)
layout() {
  local app=$1 version=$2
  shift 2
  local dir=$cache/apps/$app
  rm -rf "$dir"
  mkdir -p "$dir/upgrades"
  echo "$version" >"$dir/base_version"
  : >"$dir/base.sql"
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do
    local f=$root/$1
    [ -f "$f" ] || { echo "fetch-real-upgrades: $app: no $1" >&2; exit 1; }
    case "$f" in
      *.gz) gzip -dc "$f" >>"$dir/base.sql" ;;
      *) cat "$f" >>"$dir/base.sql" ;;
    esac
    printf '\n' >>"$dir/base.sql"
    shift
  done
  [ $# -gt 0 ] && shift
  local n=0
  for f in "$@"; do
    n=$((n + 1))
    local name
    name=$(basename "$f" .sql)
    cp "$root/$f" "$(printf '%s/upgrades/%03d_%s.sql' "$dir" "$n" "$name")"
  done
}

# The files of a folder (relative to the unpacked root), in version order.
in_version_order() { (cd "$root" && ls -1 "$1" | sort -V | sed "s|^|$1/|"); }

dbc=usr/share/dbconfig-common/data

# shellcheck disable=SC2046
layout icinga2 2.13.6 "$dbc/icinga2-ido-pgsql/install/pgsql" -- $(in_version_order "$dbc/icinga2-ido-pgsql/upgrade/pgsql")
# The bacula upgrade to 7.4.1 is a shell script (scripts/, not data/): only the SQL ones are taken.
# shellcheck disable=SC2046
layout bacula 9.6.7 "$dbc/bacula-director-pgsql/install/pgsql" -- $(in_version_order "$dbc/bacula-director-pgsql/upgrade/pgsql")
# Roundcube's own upgrade scripts (what its bin/updatedb.sh runs), one per schema version; the
# dbconfig-common upgrade/pgsql files are the same statements grouped by Debian release.
# shellcheck disable=SC2046
layout roundcube 2022081200 usr/share/roundcube/SQL/postgres.initial.sql -- $(in_version_order usr/share/roundcube/SQL/postgres)
# DAViCal's create-database.sh: AWL's tables, then davical.sql; update-davical-database then loads
# the functions and views.
# shellcheck disable=SC2046
layout davical 1.3.5 usr/share/awl/dba/awl-tables.sql usr/share/awl/dba/schema-management.sql usr/share/davical/dba/davical.sql \
  usr/share/davical/dba/caldav_functions.sql usr/share/davical/dba/rrule_functions.sql usr/share/davical/dba/views/dav_principal.sql \
  -- $(in_version_order usr/share/davical/dba/patches)
# The 3.x scripts are alternatives (with or without DNSSEC) into 3.4.0: the chain starts there.
p=usr/share/pdns-backend-pgsql/schema
layout pdns 4.7.0 $p/schema.pgsql.sql -- $p/3.4.0_to_4.1.0_schema.pgsql.sql $p/4.1.0_to_4.2.0_schema.pgsql.sql \
  $p/4.2.0_to_4.3.0_schema.pgsql.sql $p/4.3.0_to_4.7.0_schema.pgsql.sql
# MediaWiki's installer loads tables-generated.sql then tables.sql; its archives/ patches are
# applied by PostgresUpdater.php under conditions on the database, not as a chain.
layout mediawiki 1.39 usr/share/mediawiki/maintenance/postgres/tables-generated.sql usr/share/mediawiki/maintenance/postgres/tables.sql --
layout zabbix 6.0.14 usr/share/zabbix-server-pgsql/schema.sql.gz --

echo "fetch-real-upgrades: $(ls "$cache/apps" | wc -l) applications in $cache/apps"
