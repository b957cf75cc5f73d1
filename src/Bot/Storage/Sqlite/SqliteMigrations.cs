namespace NetralBot.Bot.Storage.Sqlite;

/// <summary>The ordered schema migrations. Append only: a shipped migration is never edited.</summary>
internal static class SqliteMigrations
{
    public static readonly IReadOnlyList<(int Version, string Name, string Sql)> All =
    [
        (1, "initial", """
            CREATE TABLE pledges (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                election_id TEXT NOT NULL,
                receipt_code TEXT NOT NULL UNIQUE,
                full_name TEXT NOT NULL,
                status TEXT NOT NULL,
                nip TEXT NULL,
                agency TEXT NOT NULL,
                work_unit TEXT NOT NULL,
                channel TEXT NOT NULL,
                channel_user_id TEXT NOT NULL,
                pledge_text_version TEXT NOT NULL,
                pledge_text_sha256 TEXT NOT NULL,
                pledged_at TEXT NOT NULL
            );
            -- One pledge per NIP and election (PNS/PPPK); one per channel user and election without NIP (Non-ASN).
            CREATE UNIQUE INDEX ux_pledges_election_nip ON pledges(election_id, nip) WHERE nip IS NOT NULL;
            CREATE UNIQUE INDEX ux_pledges_election_channel_user ON pledges(election_id, channel, channel_user_id) WHERE nip IS NULL;
            CREATE INDEX ix_pledges_channel_user ON pledges(election_id, channel, channel_user_id);

            CREATE TABLE dialog_states (
                channel TEXT NOT NULL,
                user_id TEXT NOT NULL,
                dialog TEXT NOT NULL,
                state_json TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                PRIMARY KEY (channel, user_id)
            );

            CREATE TABLE processed_updates (
                channel TEXT NOT NULL,
                update_id INTEGER NOT NULL,
                received_at TEXT NOT NULL,
                PRIMARY KEY (channel, update_id)
            );

            CREATE TABLE subscribers (
                channel TEXT NOT NULL,
                chat_id TEXT NOT NULL,
                user_id TEXT NOT NULL,
                is_active INTEGER NOT NULL,
                last_seen_at TEXT NOT NULL,
                inactive_reason TEXT NULL,
                PRIMARY KEY (channel, chat_id)
            );
            """),
    ];
}
