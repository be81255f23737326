#!/usr/bin/env bash
# Restores a dump made by backup.sh into a NEW database, which it creates: it never writes over an existing one.
# Point the app at the new database (DATABASE_URL) once you have checked it, or rename databases by hand
# (docs/deploy/README.md, "Restore").
#
# Usage: restore.sh DUMP_FILE NEW_DATABASE
# Settings, from the environment:
#   PGHOST, PGPORT, PGUSER, PGPASSWORD or ~/.pgpass   libpq's own; PGUSER needs CREATEDB (postgres by default)
#   OWNER    role that will own the new database and everything in it (default: hubs, the app's role)
#   PG_BIN   folder holding pg_restore, createdb and psql (default: the newest /usr/lib/postgresql/*/bin, else PATH)
# All or nothing: the restore runs in one transaction and stops at the first error.
set -euo pipefail

fail() {
    echo "restore: $*" >&2
    exit 1
}

[ $# -eq 2 ] || fail "usage: restore.sh DUMP_FILE NEW_DATABASE"
dump="$1"
database="$2"
OWNER="${OWNER:-hubs}"
[ -r "$dump" ] || fail "cannot read $dump"
case "$database" in
    ''|*[!A-Za-z0-9_]*) fail "NEW_DATABASE may hold only letters, digits and _ (got '$database')" ;;
esac

if [ -n "${PG_BIN:-}" ]; then
    BIN="$PG_BIN"
else
    BIN="$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -type d -name bin 2>/dev/null | sort -V | tail -n 1)"
    if [ -z "$BIN" ] || [ ! -x "$BIN/pg_restore" ]; then
        BIN="$(dirname "$(command -v pg_restore)")"
    fi
fi
for program in pg_restore createdb psql; do
    [ -x "$BIN/$program" ] || fail "no $program in $BIN (install Debian's postgresql-client, or set PG_BIN)"
done

"$BIN/pg_restore" --list "$dump" >/dev/null || fail "$dump is not a pg_dump custom-format archive"

# createdb fails if the database exists: a restore never lands on top of live data
"$BIN/createdb" --no-password --encoding=UTF8 --template=template0 --owner="$OWNER" "$database" \
    || fail "could not create database $database (does it exist already? choose a new name)"

# objects are created as OWNER, whoever owned them on the old server; grants are the new server's business
if ! "$BIN/pg_restore" --no-password --dbname="$database" --no-owner --no-privileges --role="$OWNER" \
        --single-transaction --exit-on-error "$dump"; then
    fail "restoring into $database failed and was rolled back; the empty database $database is left for you to drop"
fi
"$BIN/psql" --no-password --quiet --dbname="$database" --command="analyze" >/dev/null

schema="$("$BIN/psql" --no-password --no-align --tuples-only --dbname="$database" --command="select version
    from flyway_schema_history where success order by installed_rank desc limit 1")"
echo "restore: $dump restored into $database (schema version ${schema:-unknown}); point DATABASE_URL at it"
