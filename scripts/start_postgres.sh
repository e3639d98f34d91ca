#!/usr/bin/env bash
# Install (if missing) and start Debian's PostgreSQL 15 with PostGIS, make a role and a
# database for the team-store tests, and print the URI to export as GEO_TEST_POSTGRES:
#
#   export GEO_TEST_POSTGRES="$(bash scripts/start_postgres.sh)"
#   python -m pytest -m postgis tests/test_store_postgis.py
#
# Only the URI goes to stdout (progress goes to stderr), so the line above works.
# Idempotent: run it twice and the second run only checks that everything is there.
# Override the names with GEO_PG_ROLE, GEO_PG_PASSWORD, GEO_PG_DB (defaults geo/geo/geo_test).
set -euo pipefail

PG_VERSION=15
CLUSTER=main
ROLE="${GEO_PG_ROLE:-geo}"
PASSWORD="${GEO_PG_PASSWORD:-geo}"
DB="${GEO_PG_DB:-geo_test}"

say() { echo "start_postgres: $*" >&2; }

if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
# psql as the postgres superuser (peer authentication on the local socket).
as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

if ! command -v pg_ctlcluster >/dev/null \
  || [ ! -x "/usr/lib/postgresql/$PG_VERSION/bin/postgres" ] \
  || [ ! -f "/usr/share/postgresql/$PG_VERSION/extension/postgis.control" ]; then
  say "installing postgresql-$PG_VERSION and postgresql-$PG_VERSION-postgis-3 (apt-get)"
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq \
    "postgresql-$PG_VERSION" "postgresql-$PG_VERSION-postgis-3" postgresql-client >/dev/null
fi

# Debian makes the cluster when the package is installed; make it if someone dropped it.
if ! pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$CLUSTER" '$1 == v && $2 == c' | grep -q .; then
  say "creating cluster $PG_VERSION/$CLUSTER"
  $SUDO pg_createcluster "$PG_VERSION" "$CLUSTER" >/dev/null
fi
PORT="$(pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$CLUSTER" '$1 == v && $2 == c {print $3}')"
STATUS="$(pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$CLUSTER" '$1 == v && $2 == c {print $4}')"
if [ "$STATUS" != online ]; then
  say "starting cluster $PG_VERSION/$CLUSTER on port $PORT"
  # pg_ctlcluster works without systemd (containers, CI) when run as root.
  # Its stdout goes to stderr: after an unclean stop it prints "Removed stale pid file."
  # there, and that line once became part of the URI the caller captured.
  $SUDO pg_ctlcluster "$PG_VERSION" "$CLUSTER" start >&2
fi

for _ in $(seq 1 60); do
  if pg_isready -q -h localhost -p "$PORT"; then break; fi
  sleep 0.5
done
if ! pg_isready -q -h localhost -p "$PORT"; then
  say "PostgreSQL did not come up on port $PORT; see /var/log/postgresql/postgresql-$PG_VERSION-$CLUSTER.log"
  exit 1
fi

psql_admin() { as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$PORT" "$@"; }

# The role and the database, each only if missing. The role owns the database, so the
# store can create its schemas and tables there; PostGIS itself needs a superuser.
psql_admin -d postgres -v role="$ROLE" -v password="$PASSWORD" -v db="$DB" <<'SQL' >&2
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'role', :'password')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role') \gexec
SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', :'role', :'password') \gexec
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'role')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db') \gexec
SQL
psql_admin -d "$DB" -c "CREATE EXTENSION IF NOT EXISTS postgis" >&2

URI="postgresql://$ROLE:$PASSWORD@localhost:$PORT/$DB"
if ! psql -X -q -At "$URI" -c "SELECT postgis_lib_version()" >/dev/null; then
  say "cannot connect as $ROLE to $DB on port $PORT"
  exit 1
fi
say "ready: PostgreSQL $PG_VERSION with PostGIS on port $PORT, database $DB, role $ROLE"
echo "$URI"
