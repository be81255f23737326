#!/usr/bin/env bash
# Nightly backup of the Wellbeing Hubs database: one pg_dump custom-format archive (-Fc: compressed, restorable
# table by table with pg_restore), checked readable, then dumps older than KEEP_DAYS deleted. Run by
# wellbeing-hubs-backup.timer (docs/deploy/README.md, "Backups") as the postgres user, or by hand.
#
# Settings, from the environment (the systemd unit reads /etc/wellbeing-hubs/backup.env):
#   PGDATABASE   database to dump                       (default: hubs)
#   PGHOST, PGPORT, PGUSER, PGPASSWORD or ~/.pgpass     libpq's own settings; by default the local Unix socket as the
#                                                       user running the script (postgres: peer authentication)
#   BACKUP_DIR   where the dumps go, mode 0700           (default: /var/backups/wellbeing-hubs)
#   KEEP_DAYS    delete dumps older than this many days  (default: 14); only after today's dump succeeded
#   BACKUP_FILE  write exactly this file instead, with no rotation (one-off copies, tests)
#   PG_BIN       folder holding pg_dump and pg_restore    (default: the newest /usr/lib/postgresql/*/bin, else PATH)
#   METRICS_FILE e.g. /var/lib/prometheus/node-exporter/wellbeing_hubs_backup.prom: on success, the time and size
#                of this dump for node_exporter's textfile collector (docs/deploy/monitoring.md alerts on its age)
# Exit code 0 only when the new dump is complete and readable; the file name is printed on success.
set -euo pipefail
umask 077

PGDATABASE="${PGDATABASE:-hubs}"
export PGDATABASE
BACKUP_DIR="${BACKUP_DIR:-/var/backups/wellbeing-hubs}"
KEEP_DAYS="${KEEP_DAYS:-14}"

pg_bin() {
    if [ -n "${PG_BIN:-}" ]; then
        printf '%s\n' "$PG_BIN"
        return
    fi
    # Debian installs each major version side by side; pg_dump must be at least as new as the server
    local newest
    newest="$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -type d -name bin 2>/dev/null | sort -V | tail -n 1)"
    if [ -n "$newest" ] && [ -x "$newest/pg_dump" ]; then
        printf '%s\n' "$newest"
    else
        dirname "$(command -v pg_dump)"
    fi
}

fail() {
    echo "backup: $*" >&2
    exit 1
}

case "$KEEP_DAYS" in
    ''|*[!0-9]*) fail "KEEP_DAYS must be a whole number of days, not '$KEEP_DAYS'" ;;
esac

BIN="$(pg_bin)"
[ -x "$BIN/pg_dump" ] || fail "no pg_dump in $BIN (install Debian's postgresql-client, or set PG_BIN)"

if [ -n "${BACKUP_FILE:-}" ]; then
    target="$BACKUP_FILE"
    rotate=no
else
    mkdir -p "$BACKUP_DIR"
    chmod 0700 "$BACKUP_DIR"
    target="$BACKUP_DIR/$PGDATABASE-$(date -u +%Y%m%dT%H%M%SZ).dump"
    rotate=yes
fi
partial="$target.partial"
trap 'rm -f "$partial"' EXIT

# One consistent snapshot while the app keeps running; roles and settings are not in it (see README "Restore").
"$BIN/pg_dump" --format=custom --compress=6 --no-password --file="$partial" "$PGDATABASE" \
    || fail "pg_dump of $PGDATABASE failed; nothing was rotated"
"$BIN/pg_restore" --list "$partial" >/dev/null || fail "the new dump $partial is not readable; nothing was rotated"
mv "$partial" "$target"
trap - EXIT

if [ "$rotate" = yes ]; then
    find "$BACKUP_DIR" -maxdepth 1 -type f -name "$PGDATABASE-*.dump" -mtime +"$KEEP_DAYS" -print -delete \
        | sed 's/^/backup: deleted old dump /'
fi
if [ -n "${METRICS_FILE:-}" ]; then
    {
        echo "# HELP hub_backup_last_success_timestamp_seconds When the last nightly dump of the database succeeded."
        echo "# TYPE hub_backup_last_success_timestamp_seconds gauge"
        echo "hub_backup_last_success_timestamp_seconds{database=\"$PGDATABASE\"} $(date +%s)"
        echo "# HELP hub_backup_last_size_bytes Size of the last dump."
        echo "# TYPE hub_backup_last_size_bytes gauge"
        echo "hub_backup_last_size_bytes{database=\"$PGDATABASE\"} $(stat -c %s "$target")"
    } > "$METRICS_FILE.tmp" && chmod 0644 "$METRICS_FILE.tmp" && mv "$METRICS_FILE.tmp" "$METRICS_FILE"
fi
echo "backup: wrote $target ($(du -h "$target" | cut -f1))"
