namespace NetralBot.Bot.Storage.Postgres;

/// <summary>
/// The ordered schema migrations in PostgreSQL dialect: the same versions, tables and keys as
/// <c>SqliteMigrations</c>, with TIMESTAMPTZ times, BOOLEAN flags and BYTEA payloads. Append only.
/// </summary>
internal static class PostgresMigrations
{
    public static readonly IReadOnlyList<(int Version, string Name, string Sql)> All =
    [
        (1, "initial", """
            CREATE TABLE pledges (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
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
                pledged_at TIMESTAMPTZ NOT NULL
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
                updated_at TIMESTAMPTZ NOT NULL,
                PRIMARY KEY (channel, user_id)
            );

            CREATE TABLE processed_updates (
                channel TEXT NOT NULL,
                update_id BIGINT NOT NULL,
                received_at TIMESTAMPTZ NOT NULL,
                PRIMARY KEY (channel, update_id)
            );

            CREATE TABLE subscribers (
                channel TEXT NOT NULL,
                chat_id TEXT NOT NULL,
                user_id TEXT NOT NULL,
                is_active BOOLEAN NOT NULL,
                last_seen_at TIMESTAMPTZ NOT NULL,
                inactive_reason TEXT NULL,
                PRIMARY KEY (channel, chat_id)
            );
            """),
        (2, "admin_broadcasts", """
            CREATE TABLE audit_log (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                target TEXT NOT NULL,
                count BIGINT NOT NULL,
                at TIMESTAMPTZ NOT NULL
            );

            CREATE TABLE broadcast_jobs (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                text TEXT NOT NULL,
                target_kind TEXT NOT NULL,
                target_agency TEXT NULL,
                election_id TEXT NULL,
                created_by TEXT NOT NULL,
                created_at TIMESTAMPTZ NOT NULL,
                scheduled_at TIMESTAMPTZ NOT NULL,
                status TEXT NOT NULL,
                started_at TIMESTAMPTZ NULL,
                finished_at TIMESTAMPTZ NULL
            );
            CREATE INDEX ix_broadcast_jobs_due ON broadcast_jobs(status, scheduled_at);

            -- One row per recipient; the unique key makes a second row for the same chat impossible.
            CREATE TABLE broadcast_deliveries (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                job_id BIGINT NOT NULL REFERENCES broadcast_jobs(id),
                channel TEXT NOT NULL,
                chat_id TEXT NOT NULL,
                status TEXT NOT NULL,
                error TEXT NULL,
                updated_at TIMESTAMPTZ NULL,
                UNIQUE (job_id, channel, chat_id)
            );
            CREATE INDEX ix_broadcast_deliveries_job_status ON broadcast_deliveries(job_id, status, id);
            -- The agency is compared case-insensitively (as SQLite's COLLATE NOCASE does), so the index is on lower().
            CREATE INDEX ix_pledges_agency ON pledges(election_id, lower(agency));
            CREATE INDEX ix_pledges_channel_user_any ON pledges(channel, channel_user_id);
            """),
        (3, "broadcast_reminder_kind_opt_out", """
            -- The calendar reminder a job was planned from (null for ad-hoc broadcasts); channel adapters pick templates by it.
            ALTER TABLE broadcast_jobs ADD COLUMN reminder_kind TEXT NULL;

            -- /berhenti: set while the subscriber refuses broadcasts; kept apart from is_active (a 403; cleared when they write again).
            ALTER TABLE subscribers ADD COLUMN opted_out_at TIMESTAMPTZ NULL;
            """),
        (4, "whatsapp", """
            -- Webhook payloads as received (raw bytes, signature already checked), deleted once processed.
            CREATE TABLE whatsapp_inbox (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                payload BYTEA NOT NULL,
                received_at TIMESTAMPTZ NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                last_error TEXT NULL
            );

            -- String message ids (WhatsApp wamid) already processed; processed_updates keys on Telegram's integer ids.
            CREATE TABLE processed_messages (
                channel TEXT NOT NULL,
                message_id TEXT NOT NULL,
                received_at TIMESTAMPTZ NOT NULL,
                PRIMARY KEY (channel, message_id)
            );
            CREATE INDEX ix_processed_messages_received ON processed_messages(received_at);

            -- Consecutive "undeliverable" status callbacks per WhatsApp user; reset by any inbound message.
            CREATE TABLE whatsapp_delivery_failures (
                chat_id TEXT PRIMARY KEY,
                consecutive INTEGER NOT NULL,
                last_code INTEGER NOT NULL,
                last_at TIMESTAMPTZ NOT NULL
            );
            """),
        (5, "statistics_indexes", """
            -- SQLite keeps /statistik aggregates in trigger-maintained tables; PostgreSQL groups the rows on each call
            -- (parallel, index-only scans) and needs only these indexes: the pledged-subscriber count probes pledges per
            -- active subscriber, and the per-agency groups read (election, lower(agency)) without touching the table.
            CREATE INDEX ix_subscribers_active_user ON subscribers(channel, user_id) WHERE is_active;
            CREATE INDEX ix_pledges_election_agency_user ON pledges(election_id, lower(agency), channel, channel_user_id);
            CREATE INDEX ix_pledges_election_status ON pledges(election_id, status);
            """),
        (6, "subscriber_time_zone", """
            -- The recipient's zone (WIB, WITA, WIT) set with /zona; null while not known, which reminders treat as WIB.
            ALTER TABLE subscribers ADD COLUMN time_zone TEXT NULL;

            -- A zoned reminder job reaches only subscribers of that zone (WIB also those without one); null reaches every zone.
            ALTER TABLE broadcast_jobs ADD COLUMN target_zone TEXT NULL;
            """),
        (7, "delivery_platform_message_id", """
            -- The platform's id of an accepted message (WhatsApp wamid): a later "failed" status callback finds its row by it.
            ALTER TABLE broadcast_deliveries ADD COLUMN platform_message_id TEXT NULL;
            CREATE INDEX ix_broadcast_deliveries_platform_message ON broadcast_deliveries(channel, platform_message_id)
                WHERE platform_message_id IS NOT NULL;
            """),
    ];
}
