#!/usr/bin/env bash
# Lines of store code for both databases (wc -l, issue 10's measure), migration lists excluded.
#
# Issue 10 counted the SQLite and PostgreSQL stores of commit e86707f (src/Bot/Storage/Sqlite and .../Postgres without
# the migration lists: 1,037 + 1,024 = 2,061 lines) and set the goal "under 1,300 lines in all". Stores for features
# added since (the Telegram inbox and its WAL group commit, health probes, start-up failures, feedback, personal data,
# corrections' own store, roster, sign-in tokens, hash keys, dashboard statistics, ...) did not exist then, so this
# prints two figures:
#   like-for-like: the files that now do what those stores did (the same contracts: pledges, statistics, subscribers,
#     broadcasts, dialog states, processed ids, audit log, WhatsApp inbox and failures, the lease, the two databases)
#     plus the shared dialect and helpers that replaced the per-database copies. These files also hold members added
#     since (pledge corrections in PledgeStore, roster targets in BroadcastStore, issue 12's connection set-up in
#     SqliteDatabase), which are counted: nothing is taken out by hand.
#   total: every C# file under src/Bot/Storage except the two migration lists.
set -euo pipefail
cd "$(dirname "$0")/.."
like_for_like=(
  src/Bot/Storage/AuditLog.cs
  src/Bot/Storage/BroadcastStore.cs
  src/Bot/Storage/DialogStateStore.cs
  src/Bot/Storage/PledgeStatisticsRows.cs
  src/Bot/Storage/PledgeStore.cs
  src/Bot/Storage/ProcessedIdStore.cs
  src/Bot/Storage/StoreConnectionExtensions.cs
  src/Bot/Storage/StoreDatabase.cs
  src/Bot/Storage/SubscriberStore.cs
  src/Bot/Storage/WhatsAppFailureStore.cs
  src/Bot/Storage/WhatsAppInbox.cs
  src/Bot/Storage/Postgres/PostgresAdvisoryLease.cs
  src/Bot/Storage/Postgres/PostgresDatabase.cs
  src/Bot/Storage/Postgres/PostgresOptions.cs
  src/Bot/Storage/Postgres/PostgresPledgeStatisticsStore.cs
  src/Bot/Storage/Sqlite/SqliteDatabase.cs
  src/Bot/Storage/Sqlite/SqliteOptions.cs
  src/Bot/Storage/Sqlite/SqlitePledgeStatisticsStore.cs
)
mapfile -t all < <(find src/Bot/Storage -name '*.cs' ! -name '*Migrations.cs' ! -path '*/obj/*' ! -path '*/bin/*' | LC_ALL=C sort)
code() { cat "$@" | grep -cvE '^\s*($|//)' || true; }
wc -l "${all[@]}"
echo
echo "like-for-like (issue 10's stores, today's files): $(cat "${like_for_like[@]}" | wc -l) lines, $(code "${like_for_like[@]}") neither blank nor comment"
echo "total (every store file):                          $(cat "${all[@]}" | wc -l) lines, $(code "${all[@]}") neither blank nor comment"
