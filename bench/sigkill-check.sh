#!/usr/bin/env bash
# SIGKILL under load: drives pledge dialogs at NetralBot `serve` (webhook mode, defaults: SQLite, Synchronous=FULL),
# kills the bot with kill -9 mid-run, restarts it on the same database (its inbox resumes what was acknowledged), and
# checks that every pledge whose receipt reached the fake Bot API is in the database. Exits 1 if one is missing.
#
#   bench/sigkill-check.sh [users=3000] [seconds before the kill=10; the driver first waits for one answer, the knowledge base loading]
set -euo pipefail
cd "$(dirname "$0")/.."
users=${1:-3000}
kill_after=${2:-10}
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet build src/Bot -c Release -v q -nologo >/dev/null
dotnet build bench/LoadDriver -c Release -v q -nologo >/dev/null

start_bot() {
  env Telegram__Token=1:x Telegram__Mode=webhook Telegram__WebhookSecret=S Telegram__ApiBaseUrl=http://127.0.0.1:18581 \
    Storage__Sqlite__Path="$work/netralbot.db" \
    dotnet src/Bot/bin/Release/net10.0/NetralBot.dll serve --urls http://127.0.0.1:18580 >>"$work/netralbot.log" 2>&1 &
  bot=$!
  for _ in $(seq 1 100); do curl -s -o /dev/null http://127.0.0.1:18580/healthz && return 0; sleep 0.2; done
  echo "bot did not start" >&2; cat "$work/netralbot.log" >&2; return 1
}

start_bot
dotnet bench/LoadDriver/bin/Release/net10.0/LoadDriver.dll --label sigkill --bot http://127.0.0.1:18580 --secret S \
  --api-port 18581 --users "$users" --concurrency 32 --receipts-out "$work/receipts.txt" >"$work/driver.log" 2>&1 &
driver=$!
sleep "$kill_after"
kill -9 "$bot"
wait "$bot" 2>/dev/null || true
echo "killed the bot with SIGKILL after ${kill_after} s; restarting on the same database"
start_bot
wait "$driver" || true # requests during the outage fail, as they would for Telegram (which redelivers)
cat "$work/driver.log"
kill "$bot"
wait "$bot" 2>/dev/null || true

python3 - "$work/receipts.txt" "$work/netralbot.db" <<'PY'
import sqlite3, sys
sent = {line.strip() for line in open(sys.argv[1]) if line.strip()}
stored = {row[0] for row in sqlite3.connect(sys.argv[2]).execute("SELECT receipt_code FROM pledges")}
missing = sorted(sent - stored)
print(f"receipts that reached the fake API: {len(sent)}; pledges in the database: {len(stored)}; receipted but missing: {len(missing)}")
sys.exit(1 if missing else 0)
PY
