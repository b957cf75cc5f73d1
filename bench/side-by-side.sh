#!/usr/bin/env bash
# Side-by-side webhook load: the same wrk-style load (bench/LoadDriver --duration) against NetralBot `serve` and the
# minimal grammY peer (bench/GrammyPeer), one after the other in one run, each replying through its own copy of the
# same fake Bot API. NetralBot runs with its defaults (SQLite, Synchronous=FULL) on a fresh database file.
#
#   bench/side-by-side.sh [seconds=15] [connections=64]
#
# Prints one line per bot: updates acknowledged/s, replies delivered/s, the smaller of the two (the figure that
# counts), ack p50/p99, peak RSS, and the load average (the machine may be shared).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-15}
connections=${2:-64}
work=$(mktemp -d)
results=$work/results.txt
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet build src/Bot -c Release -v q -nologo >/dev/null
dotnet build bench/LoadDriver -c Release -v q -nologo >/dev/null
(cd bench/GrammyPeer && npm ci --no-audit --no-fund --silent)
driver=bench/LoadDriver/bin/Release/net10.0/LoadDriver.dll

wait_for() { # url
  for _ in $(seq 1 100); do curl -s -o /dev/null "$1" && return 0; sleep 0.2; done
  echo "not reachable: $1" >&2; return 1
}

env Telegram__Token=1:x Telegram__Mode=webhook Telegram__WebhookSecret=S Telegram__ApiBaseUrl=http://127.0.0.1:18481 \
  Storage__Sqlite__Path="$work/netralbot.db" ${NETRALBOT_ENV:-} \
  dotnet src/Bot/bin/Release/net10.0/NetralBot.dll serve --urls http://127.0.0.1:18480 >"$work/netralbot.log" 2>&1 &
bot=$!
wait_for http://127.0.0.1:18480/healthz
dotnet "$driver" --label NetralBot --bot http://127.0.0.1:18480 --secret S --api-port 18481 \
  --duration "$seconds" --concurrency "$connections" --pid "$bot" --result-out "$results" || true
kill "$bot"; wait "$bot" 2>/dev/null || true

if [ -z "${SKIP_PEER:-}" ]; then
PORT=18490 API_ROOT=http://127.0.0.1:18491 SECRET=S node bench/GrammyPeer/bot.js >"$work/grammy.log" 2>&1 &
peer=$!
wait_for http://127.0.0.1:18490/
dotnet "$driver" --label grammY --bot http://127.0.0.1:18490 --secret S --api-port 18491 \
  --duration "$seconds" --concurrency "$connections" --pid "$peer" --result-out "$results" || true
kill "$peer"; wait "$peer" 2>/dev/null || true
fi

echo "---- side by side (${seconds} s, ${connections} connections, $(nproc) cores) ----"
cat "$results"
