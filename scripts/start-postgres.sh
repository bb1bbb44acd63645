#!/usr/bin/env bash
# Start a local PostgreSQL for the store tests (Debian, as root).
#
# Installs the `postgresql` package if missing, starts the newest cluster,
# creates the role and database `protokoll`/`protokoll_test` if missing and
# prints one line for the caller to eval:
#
#   export PROTOKOLL_TEST_PG=postgresql+psycopg://protokoll:protokoll@127.0.0.1:5432/protokoll_test
#
# Everything else goes to stderr. When it cannot (not root, no apt-get, no
# network...) it warns and exits 0 without printing: the PostgreSQL tests then
# skip and say why.
#
# Usage: eval "$(scripts/start-postgres.sh)"
set -euo pipefail

ROLE=protokoll
PASSWORD=protokoll
DATABASE=protokoll_test

warn() { echo "start-postgres: $*" >&2; }
give_up() { warn "$* -- PostgreSQL tests will be skipped"; exit 0; }
trap 'give_up "unexpected failure at line $LINENO"' ERR

cd /  # psql as the postgres user cannot read every caller's working directory

[ "$(id -u)" -eq 0 ] || give_up "not root, cannot install or start PostgreSQL"
command -v runuser >/dev/null || give_up "runuser not found"

newest_version() {
    ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -n 1
}

if [ -z "$(newest_version)" ] || ! command -v pg_ctlcluster >/dev/null; then
    command -v apt-get >/dev/null || give_up "PostgreSQL is not installed and apt-get is missing"
    warn "installing postgresql with apt-get"
    { apt-get update -qq \
        && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql; } \
        >&2 || give_up "apt-get could not install postgresql"
fi

VERSION=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)
if [ -z "$VERSION" ]; then
    VERSION=$(newest_version)
    [ -n "$VERSION" ] || give_up "no PostgreSQL server found after installing"
    warn "creating cluster $VERSION/main"
    pg_createcluster "$VERSION" main >&2 || give_up "pg_createcluster $VERSION main failed"
fi

if ! pg_ctlcluster "$VERSION" main status >/dev/null 2>&1; then
    warn "starting cluster $VERSION/main"
    pg_ctlcluster "$VERSION" main start >&2 || give_up "pg_ctlcluster $VERSION main start failed"
fi

PORT=$(pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" {print $3}')
PORT=${PORT:-5432}

for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p "$PORT" && break
    sleep 0.5
done
pg_isready -q -h 127.0.0.1 -p "$PORT" || give_up "server on port $PORT is not accepting connections"

psql_admin() {
    runuser -u postgres -- psql -p "$PORT" -v ON_ERROR_STOP=1 -qtAX "$@"
}

if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != 1 ]; then
    psql_admin -c "CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD'" >&2
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")" != 1 ]; then
    psql_admin -c "CREATE DATABASE $DATABASE OWNER $ROLE" >&2
fi

warn "PostgreSQL $VERSION ready on 127.0.0.1:$PORT, database $DATABASE"
echo "export PROTOKOLL_TEST_PG=postgresql+psycopg://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DATABASE"
