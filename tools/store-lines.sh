#!/usr/bin/env bash
# Lines of store code for both databases, as issue 10 counts them: every C# file under src/Bot/Storage except the
# migration lists (SqliteMigrations.cs, PostgresMigrations.cs). Prints each file, then the total lines (wc -l, the
# issue's measure) and, for information, the lines that are neither blank nor comments.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(find src/Bot/Storage -name '*.cs' ! -name '*Migrations.cs' ! -path '*/obj/*' ! -path '*/bin/*' | LC_ALL=C sort)
wc -l "${files[@]}"
code=$(cat "${files[@]}" | grep -cvE '^\s*($|//)' || true)
echo "code lines (not blank, not a comment): $code"
