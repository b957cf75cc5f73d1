namespace NetralBot.Bot.Storage.Postgres;

/// <summary>
/// The ordered schema migrations in PostgreSQL dialect: the same tables and keys as <c>SqliteMigrations</c>, with
/// TIMESTAMPTZ times, BOOLEAN flags and BYTEA payloads. Append only. The versions are this provider's own: SQLite's
/// statistics aggregates (its 5) arrived here as 8, after 5 had shipped as indexes only.
/// </summary>
internal static class PostgresMigrations
{
    /// <summary>The migration that adds <c>pledges.agency_key</c>; it reads the temporary table <c>agency_keys</c>.</summary>
    internal const int AgencyKeyVersion = 11;

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
        (8, "statistics_counters", """
            -- /statistik must answer in under 200 ms over a million pledges; grouping the rows took ~1.1 s. As SQLite's
            -- migration 5 does, these tables hold the aggregates, kept exact by the triggers below in the same transaction
            -- as every change to pledges and subscribers, and filled from the existing rows here. The lock keeps other
            -- instances from writing between the backfill and the triggers (both commit together with this migration).
            LOCK TABLE pledges, subscribers IN SHARE ROW EXCLUSIVE MODE;

            -- Pledges per election, agency (grouped case-insensitively, by lower(agency)) and status. The shown spelling is
            -- the least seen, as MIN(agency) showed it before.
            CREATE TABLE stats_pledges (
                election_id TEXT NOT NULL,
                agency_key TEXT NOT NULL,
                agency TEXT NOT NULL,
                status TEXT NOT NULL,
                pledges BIGINT NOT NULL,
                PRIMARY KEY (election_id, agency_key, status)
            );
            -- Active subscriber rows whose user has a pledge for the election (the numerator of the pledge rate), for all
            -- agencies and per agency. Every election and agency with a pledge has its row, so subscriber changes only update.
            CREATE TABLE stats_pledged_subscribers (
                election_id TEXT NOT NULL PRIMARY KEY,
                active_subscribers BIGINT NOT NULL
            );
            CREATE TABLE stats_agency_pledged_subscribers (
                election_id TEXT NOT NULL,
                agency_key TEXT NOT NULL,
                active_subscribers BIGINT NOT NULL,
                PRIMARY KEY (election_id, agency_key)
            );

            -- Active subscriber rows (the denominator of the pledge rate). SQLite still counts them on every call (~50 ms);
            -- here that count took ~75 ms of the ~80 ms at 1.2 million subscribers. Spread over 16 slots by the row's key
            -- so that concurrent new subscribers and 403s rarely wait on one counter row; the reader sums the slots.
            CREATE TABLE stats_active_subscribers (
                slot INTEGER NOT NULL PRIMARY KEY,
                active_subscribers BIGINT NOT NULL
            );

            -- Serialises the trigger work of one channel user: without it, under READ COMMITTED, a pledge insert and that
            -- user's subscriber row turning active in two concurrent transactions each miss the other's uncommitted row and
            -- the count loses one (likewise two first pledges of one account). Each statement of a plpgsql function takes a
            -- fresh snapshot, so once the lock is held the other transaction's rows are visible. The two-int key space does
            -- not overlap the bigint keys of the leases and the migration lock; 1315 marks these locks.
            CREATE FUNCTION stats_lock_user(p_channel TEXT, p_user TEXT) RETURNS void LANGUAGE sql AS $$
                SELECT pg_advisory_xact_lock(1315, hashtext(p_channel || ':' || p_user));
            $$;

            -- Adds p_delta (+1 or -1) to the pledge count of one election, agency and status. Upserts so that concurrent
            -- transactions add to the same row instead of losing a count.
            CREATE FUNCTION stats_count_pledge(p_election TEXT, p_agency TEXT, p_status TEXT, p_delta BIGINT) RETURNS void LANGUAGE sql AS $$
                INSERT INTO stats_pledges AS s (election_id, agency_key, agency, status, pledges)
                    VALUES (p_election, lower(p_agency), p_agency, p_status, p_delta)
                    ON CONFLICT (election_id, agency_key, status)
                    DO UPDATE SET pledges = s.pledges + excluded.pledges, agency = LEAST(s.agency, excluded.agency);
            $$;

            -- A pledge row (id p_id) entering (p_sign +1) or leaving (-1) an election and agency: the account's active
            -- subscriber rows count once per election and once per agency, so they move only when no other pledge of the
            -- account is there. p_all and p_agency say which of the two counts this change touches.
            CREATE FUNCTION stats_count_pledged(p_election TEXT, p_agency TEXT, p_channel TEXT, p_user TEXT, p_id BIGINT, p_sign BIGINT, p_all BOOLEAN, p_by_agency BOOLEAN)
            RETURNS void LANGUAGE plpgsql AS $$
            DECLARE
                active BIGINT;
            BEGIN
                SELECT COUNT(*) INTO active FROM subscribers s WHERE s.is_active AND s.channel = p_channel AND s.user_id = p_user;
                IF p_all THEN
                    INSERT INTO stats_pledged_subscribers AS t (election_id, active_subscribers)
                        VALUES (p_election, CASE WHEN EXISTS (SELECT 1 FROM pledges o WHERE o.election_id = p_election
                                    AND o.channel = p_channel AND o.channel_user_id = p_user AND o.id <> p_id) THEN 0 ELSE p_sign * active END)
                        ON CONFLICT (election_id) DO UPDATE SET active_subscribers = t.active_subscribers + excluded.active_subscribers;
                END IF;
                IF p_by_agency THEN
                    INSERT INTO stats_agency_pledged_subscribers AS t (election_id, agency_key, active_subscribers)
                        VALUES (p_election, lower(p_agency), CASE WHEN EXISTS (SELECT 1 FROM pledges o WHERE o.election_id = p_election
                                    AND lower(o.agency) = lower(p_agency) AND o.channel = p_channel AND o.channel_user_id = p_user AND o.id <> p_id)
                                    THEN 0 ELSE p_sign * active END)
                        ON CONFLICT (election_id, agency_key) DO UPDATE SET active_subscribers = t.active_subscribers + excluded.active_subscribers;
                END IF;
            END;
            $$;

            CREATE FUNCTION stats_pledges_changed() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                all_moved BOOLEAN;
                agency_moved BOOLEAN;
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    PERFORM stats_lock_user(NEW.channel, NEW.channel_user_id);
                    PERFORM stats_count_pledge(NEW.election_id, NEW.agency, NEW.status, 1);
                    PERFORM stats_count_pledged(NEW.election_id, NEW.agency, NEW.channel, NEW.channel_user_id, NEW.id, 1, true, true);
                ELSIF TG_OP = 'DELETE' THEN
                    PERFORM stats_lock_user(OLD.channel, OLD.channel_user_id);
                    PERFORM stats_count_pledge(OLD.election_id, OLD.agency, OLD.status, -1);
                    PERFORM stats_count_pledged(OLD.election_id, OLD.agency, OLD.channel, OLD.channel_user_id, OLD.id, -1, true, true);
                ELSE
                    -- An edit counts as a delete of the old row and an insert of the new one, each count only when its own
                    -- key changed (agency compared as it is grouped), else the insert half would count the account twice.
                    all_moved := (OLD.election_id, OLD.channel, OLD.channel_user_id) IS DISTINCT FROM (NEW.election_id, NEW.channel, NEW.channel_user_id);
                    agency_moved := all_moved OR lower(OLD.agency) IS DISTINCT FROM lower(NEW.agency);
                    PERFORM stats_lock_user(OLD.channel, OLD.channel_user_id);
                    PERFORM stats_lock_user(NEW.channel, NEW.channel_user_id);
                    IF (OLD.election_id, OLD.agency, OLD.status) IS DISTINCT FROM (NEW.election_id, NEW.agency, NEW.status) THEN
                        PERFORM stats_count_pledge(OLD.election_id, OLD.agency, OLD.status, -1);
                        PERFORM stats_count_pledge(NEW.election_id, NEW.agency, NEW.status, 1);
                    END IF;
                    IF agency_moved THEN
                        PERFORM stats_count_pledged(OLD.election_id, OLD.agency, OLD.channel, OLD.channel_user_id, OLD.id, -1, all_moved, true);
                        PERFORM stats_count_pledged(NEW.election_id, NEW.agency, NEW.channel, NEW.channel_user_id, NEW.id, 1, all_moved, true);
                    END IF;
                END IF;
                RETURN NULL;
            END;
            $$;
            CREATE TRIGGER trg_stats_pledges AFTER INSERT OR DELETE OR UPDATE OF election_id, agency, status, channel, channel_user_id ON pledges
                FOR EACH ROW EXECUTE FUNCTION stats_pledges_changed();

            -- One user's active subscriber row appearing (+1) or going (-1) moves every count their pledges are in.
            CREATE FUNCTION stats_count_subscriber(p_channel TEXT, p_user TEXT, p_delta BIGINT) RETURNS void LANGUAGE sql AS $$
                UPDATE stats_pledged_subscribers SET active_subscribers = active_subscribers + p_delta
                    WHERE election_id IN (SELECT p.election_id FROM pledges p WHERE p.channel = p_channel AND p.channel_user_id = p_user);
                UPDATE stats_agency_pledged_subscribers SET active_subscribers = active_subscribers + p_delta
                    WHERE (election_id, agency_key) IN (SELECT p.election_id, lower(p.agency) FROM pledges p WHERE p.channel = p_channel AND p.channel_user_id = p_user);
            $$;

            CREATE FUNCTION stats_count_active(p_channel TEXT, p_chat TEXT, p_delta BIGINT) RETURNS void LANGUAGE sql AS $$
                INSERT INTO stats_active_subscribers AS t (slot, active_subscribers) VALUES (hashtext(p_channel || ':' || p_chat) & 15, p_delta)
                    ON CONFLICT (slot) DO UPDATE SET active_subscribers = t.active_subscribers + excluded.active_subscribers;
            $$;

            CREATE FUNCTION stats_subscribers_changed() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP IN ('DELETE', 'UPDATE') AND OLD.is_active THEN
                    PERFORM stats_lock_user(OLD.channel, OLD.user_id);
                    PERFORM stats_count_active(OLD.channel, OLD.chat_id, -1);
                    PERFORM stats_count_subscriber(OLD.channel, OLD.user_id, -1);
                END IF;
                IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.is_active THEN
                    PERFORM stats_lock_user(NEW.channel, NEW.user_id);
                    PERFORM stats_count_active(NEW.channel, NEW.chat_id, 1);
                    PERFORM stats_count_subscriber(NEW.channel, NEW.user_id, 1);
                END IF;
                RETURN NULL;
            END;
            $$;
            CREATE TRIGGER trg_stats_subscribers_insert_delete AFTER INSERT OR DELETE ON subscribers
                FOR EACH ROW EXECUTE FUNCTION stats_subscribers_changed();
            -- Only a change of the flag or the user moves counts; TouchAsync's upsert of last_seen_at leaves them be.
            CREATE TRIGGER trg_stats_subscribers_update AFTER UPDATE OF is_active, channel, chat_id, user_id ON subscribers
                FOR EACH ROW WHEN (OLD.is_active IS DISTINCT FROM NEW.is_active OR OLD.channel IS DISTINCT FROM NEW.channel
                                   OR OLD.chat_id IS DISTINCT FROM NEW.chat_id OR OLD.user_id IS DISTINCT FROM NEW.user_id)
                EXECUTE FUNCTION stats_subscribers_changed();

            INSERT INTO stats_active_subscribers(slot, active_subscribers)
                SELECT hashtext(channel || ':' || chat_id) & 15, COUNT(*) FROM subscribers WHERE is_active GROUP BY 1;
            INSERT INTO stats_pledges(election_id, agency_key, agency, status, pledges)
                SELECT election_id, lower(agency), MIN(agency), status, COUNT(*) FROM pledges GROUP BY election_id, lower(agency), status;
            INSERT INTO stats_pledged_subscribers(election_id, active_subscribers)
                SELECT e.election_id, COALESCE(c.n, 0)
                FROM (SELECT DISTINCT election_id FROM pledges) e
                LEFT JOIN (SELECT u.election_id, COUNT(*) AS n
                           FROM (SELECT DISTINCT election_id, channel, channel_user_id FROM pledges) u
                           JOIN subscribers s ON s.is_active AND s.channel = u.channel AND s.user_id = u.channel_user_id
                           GROUP BY u.election_id) c ON c.election_id = e.election_id;
            INSERT INTO stats_agency_pledged_subscribers(election_id, agency_key, active_subscribers)
                SELECT g.election_id, g.agency_key, COALESCE(c.n, 0)
                FROM (SELECT DISTINCT election_id, agency_key FROM stats_pledges) g
                LEFT JOIN (SELECT u.election_id, u.agency_key, COUNT(*) AS n
                           FROM (SELECT DISTINCT election_id, lower(agency) AS agency_key, channel, channel_user_id FROM pledges) u
                           JOIN subscribers s ON s.is_active AND s.channel = u.channel AND s.user_id = u.channel_user_id
                           GROUP BY u.election_id, u.agency_key) c ON c.election_id = g.election_id AND c.agency_key = g.agency_key;
            """),
        // Enumerated columns hold only the values the code writes; an existing row outside them stops the migration
        // (and start-up) instead of being read back as something else.
        (9, "enumeration_checks", """
            ALTER TABLE pledges ADD CONSTRAINT chk_pledges_status CHECK (status IN ('PNS', 'PPPK', 'Non-ASN'));
            ALTER TABLE subscribers ADD CONSTRAINT chk_subscribers_time_zone CHECK (time_zone IS NULL OR time_zone IN ('WIB', 'WITA', 'WIT'));
            ALTER TABLE broadcast_jobs ADD CONSTRAINT chk_broadcast_jobs_status CHECK (status IN ('queued', 'running', 'done', 'cancelled'));
            ALTER TABLE broadcast_jobs ADD CONSTRAINT chk_broadcast_jobs_target_kind CHECK (target_kind IN ('All', 'Instansi', 'NotPledged'));
            ALTER TABLE broadcast_jobs ADD CONSTRAINT chk_broadcast_jobs_target_zone CHECK (target_zone IS NULL OR target_zone IN ('WIB', 'WITA', 'WIT'));
            ALTER TABLE broadcast_deliveries ADD CONSTRAINT chk_broadcast_deliveries_status CHECK (status IN ('pending', 'sent', 'failed', 'blocked', 'outside_window'));
            """),
        // Version 10. Self-contained: a new table only.
        (10, "telegram_inbox", """
            -- Telegram updates accepted (webhook or polling) and not yet processed; see SqliteMigrations version 9.
            CREATE TABLE telegram_inbox (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                update_id BIGINT NOT NULL,
                chat_key TEXT NOT NULL,
                payload BYTEA NOT NULL,
                received_at TIMESTAMPTZ NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                last_error TEXT NULL,
                parked_at TIMESTAMPTZ NULL
            );
            CREATE INDEX ix_telegram_inbox_parked ON telegram_inbox(parked_at) WHERE parked_at IS NOT NULL;
            """),
        // Version 11. Touches pledges and migration 8's statistics only. PostgresDatabase fills the temporary table
        // agency_keys (agency → AgencyKey.Of(agency), computed in C#) just before this runs: lower() follows the
        // server's locale (ASCII only under C), so SQL must not compute the key.
        (AgencyKeyVersion, "agency_key", """
            -- One agency rule for both databases: see SqliteMigrations version 10. Whoever edits pledges.agency by hand
            -- must set agency_key with it.
            LOCK TABLE pledges, subscribers IN SHARE ROW EXCLUSIVE MODE;
            ALTER TABLE pledges ADD COLUMN agency_key TEXT;
            UPDATE pledges p SET agency_key = k.agency_key FROM agency_keys k WHERE p.agency = k.agency;
            ALTER TABLE pledges ALTER COLUMN agency_key SET NOT NULL;
            DROP INDEX ix_pledges_agency;
            DROP INDEX ix_pledges_election_agency_user;
            CREATE INDEX ix_pledges_agency ON pledges(election_id, agency_key);
            CREATE INDEX ix_pledges_election_agency_user ON pledges(election_id, agency_key, channel, channel_user_id);

            -- Migration 8's functions, keyed by the stored key instead of lower(agency).
            DROP TRIGGER trg_stats_pledges ON pledges;
            DROP FUNCTION stats_count_pledge(TEXT, TEXT, TEXT, BIGINT);
            DROP FUNCTION stats_count_pledged(TEXT, TEXT, TEXT, TEXT, BIGINT, BIGINT, BOOLEAN, BOOLEAN);
            CREATE FUNCTION stats_count_pledge(p_election TEXT, p_agency_key TEXT, p_agency TEXT, p_status TEXT, p_delta BIGINT) RETURNS void LANGUAGE sql AS $$
                INSERT INTO stats_pledges AS s (election_id, agency_key, agency, status, pledges)
                    VALUES (p_election, p_agency_key, p_agency, p_status, p_delta)
                    ON CONFLICT (election_id, agency_key, status)
                    DO UPDATE SET pledges = s.pledges + excluded.pledges, agency = LEAST(s.agency, excluded.agency);
            $$;
            CREATE FUNCTION stats_count_pledged(p_election TEXT, p_agency_key TEXT, p_channel TEXT, p_user TEXT, p_id BIGINT, p_sign BIGINT, p_all BOOLEAN, p_by_agency BOOLEAN)
            RETURNS void LANGUAGE plpgsql AS $$
            DECLARE
                active BIGINT;
            BEGIN
                SELECT COUNT(*) INTO active FROM subscribers s WHERE s.is_active AND s.channel = p_channel AND s.user_id = p_user;
                IF p_all THEN
                    INSERT INTO stats_pledged_subscribers AS t (election_id, active_subscribers)
                        VALUES (p_election, CASE WHEN EXISTS (SELECT 1 FROM pledges o WHERE o.election_id = p_election
                                    AND o.channel = p_channel AND o.channel_user_id = p_user AND o.id <> p_id) THEN 0 ELSE p_sign * active END)
                        ON CONFLICT (election_id) DO UPDATE SET active_subscribers = t.active_subscribers + excluded.active_subscribers;
                END IF;
                IF p_by_agency THEN
                    INSERT INTO stats_agency_pledged_subscribers AS t (election_id, agency_key, active_subscribers)
                        VALUES (p_election, p_agency_key, CASE WHEN EXISTS (SELECT 1 FROM pledges o WHERE o.election_id = p_election
                                    AND o.agency_key = p_agency_key AND o.channel = p_channel AND o.channel_user_id = p_user AND o.id <> p_id)
                                    THEN 0 ELSE p_sign * active END)
                        ON CONFLICT (election_id, agency_key) DO UPDATE SET active_subscribers = t.active_subscribers + excluded.active_subscribers;
                END IF;
            END;
            $$;
            CREATE OR REPLACE FUNCTION stats_pledges_changed() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                all_moved BOOLEAN;
                agency_moved BOOLEAN;
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    PERFORM stats_lock_user(NEW.channel, NEW.channel_user_id);
                    PERFORM stats_count_pledge(NEW.election_id, NEW.agency_key, NEW.agency, NEW.status, 1);
                    PERFORM stats_count_pledged(NEW.election_id, NEW.agency_key, NEW.channel, NEW.channel_user_id, NEW.id, 1, true, true);
                ELSIF TG_OP = 'DELETE' THEN
                    PERFORM stats_lock_user(OLD.channel, OLD.channel_user_id);
                    PERFORM stats_count_pledge(OLD.election_id, OLD.agency_key, OLD.agency, OLD.status, -1);
                    PERFORM stats_count_pledged(OLD.election_id, OLD.agency_key, OLD.channel, OLD.channel_user_id, OLD.id, -1, true, true);
                ELSE
                    all_moved := (OLD.election_id, OLD.channel, OLD.channel_user_id) IS DISTINCT FROM (NEW.election_id, NEW.channel, NEW.channel_user_id);
                    agency_moved := all_moved OR OLD.agency_key IS DISTINCT FROM NEW.agency_key;
                    PERFORM stats_lock_user(OLD.channel, OLD.channel_user_id);
                    PERFORM stats_lock_user(NEW.channel, NEW.channel_user_id);
                    IF (OLD.election_id, OLD.agency_key, OLD.status) IS DISTINCT FROM (NEW.election_id, NEW.agency_key, NEW.status) THEN
                        PERFORM stats_count_pledge(OLD.election_id, OLD.agency_key, OLD.agency, OLD.status, -1);
                        PERFORM stats_count_pledge(NEW.election_id, NEW.agency_key, NEW.agency, NEW.status, 1);
                    END IF;
                    IF agency_moved THEN
                        PERFORM stats_count_pledged(OLD.election_id, OLD.agency_key, OLD.channel, OLD.channel_user_id, OLD.id, -1, all_moved, true);
                        PERFORM stats_count_pledged(NEW.election_id, NEW.agency_key, NEW.channel, NEW.channel_user_id, NEW.id, 1, all_moved, true);
                    END IF;
                END IF;
                RETURN NULL;
            END;
            $$;
            CREATE TRIGGER trg_stats_pledges AFTER INSERT OR DELETE OR UPDATE OF election_id, agency_key, status, channel, channel_user_id ON pledges
                FOR EACH ROW EXECUTE FUNCTION stats_pledges_changed();
            CREATE OR REPLACE FUNCTION stats_count_subscriber(p_channel TEXT, p_user TEXT, p_delta BIGINT) RETURNS void LANGUAGE sql AS $$
                UPDATE stats_pledged_subscribers SET active_subscribers = active_subscribers + p_delta
                    WHERE election_id IN (SELECT p.election_id FROM pledges p WHERE p.channel = p_channel AND p.channel_user_id = p_user);
                UPDATE stats_agency_pledged_subscribers SET active_subscribers = active_subscribers + p_delta
                    WHERE (election_id, agency_key) IN (SELECT p.election_id, p.agency_key FROM pledges p WHERE p.channel = p_channel AND p.channel_user_id = p_user);
            $$;

            TRUNCATE stats_pledges, stats_agency_pledged_subscribers;
            INSERT INTO stats_pledges(election_id, agency_key, agency, status, pledges)
                SELECT election_id, agency_key, MIN(agency), status, COUNT(*) FROM pledges GROUP BY election_id, agency_key, status;
            INSERT INTO stats_agency_pledged_subscribers(election_id, agency_key, active_subscribers)
                SELECT g.election_id, g.agency_key, COALESCE(c.n, 0)
                FROM (SELECT DISTINCT election_id, agency_key FROM stats_pledges) g
                LEFT JOIN (SELECT u.election_id, u.agency_key, COUNT(*) AS n
                           FROM (SELECT DISTINCT election_id, agency_key, channel, channel_user_id FROM pledges) u
                           JOIN subscribers s ON s.is_active AND s.channel = u.channel AND s.user_id = u.channel_user_id
                           GROUP BY u.election_id, u.agency_key) c ON c.election_id = g.election_id AND c.agency_key = g.agency_key;
            """),
        // Version 12 (h13a). Self-contained: new tables only.
        (12, "question_log", """
            -- The key of the user-id hash (Privacy/UserIdHash) when Privacy:HashKey is not configured, generated on first use.
            CREATE TABLE hash_keys (
                name TEXT PRIMARY KEY,
                secret TEXT NOT NULL,
                created_at TIMESTAMPTZ NOT NULL
            );

            -- Answers shown with 👍/👎 buttons, kept a week so a vote (a tap or "jawabannya salah") can name the question.
            -- Users and chats only as keyed hashes; the question with personal data scrubbed.
            CREATE TABLE feedback_answers (
                id TEXT PRIMARY KEY,
                chat_key TEXT NOT NULL,
                user_hash TEXT NOT NULL,
                question TEXT NOT NULL,
                topic_id TEXT NULL,
                verdict TEXT NOT NULL,
                confidence DOUBLE PRECISION NOT NULL,
                shown_at TIMESTAMPTZ NOT NULL
            );
            CREATE INDEX ix_feedback_answers_chat ON feedback_answers(chat_key, shown_at);
            CREATE INDEX ix_feedback_answers_shown ON feedback_answers(shown_at);
            CREATE INDEX ix_feedback_answers_user ON feedback_answers(user_hash);

            -- Questions answered TIDAK_TAHU or with low confidence, and votes (one per answer and voter), kept
            -- Feedback:QuestionLogRetentionDays.
            CREATE TABLE question_log (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                kind TEXT NOT NULL CHECK (kind IN ('unanswered', 'helpful', 'unhelpful')),
                user_hash TEXT NOT NULL,
                question TEXT NOT NULL,
                topic_id TEXT NULL,
                verdict TEXT NOT NULL,
                confidence DOUBLE PRECISION NOT NULL,
                reason TEXT NULL CHECK (reason IS NULL OR reason IN ('salah-topik', 'putusan-keliru', 'kurang-jelas', 'lainnya')),
                answer_id TEXT NULL,
                logged_at TIMESTAMPTZ NOT NULL
            );
            CREATE UNIQUE INDEX ux_question_log_vote ON question_log(answer_id, user_hash) WHERE answer_id IS NOT NULL;
            CREATE INDEX ix_question_log_logged ON question_log(logged_at);
            CREATE INDEX ix_question_log_user ON question_log(user_hash);
            """),
        // Version 13 (h13c; 11, 12 and 14+ belong to other changes). Self-contained: see SqliteMigrations version 12.
        (13, "pledge_versions_privacy", """
            ALTER TABLE pledges ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
            ALTER TABLE pledges ADD COLUMN corrected_at TIMESTAMPTZ NULL;
            ALTER TABLE pledges ADD COLUMN agency_unlisted BOOLEAN NOT NULL DEFAULT FALSE;
            ALTER TABLE pledges ADD COLUMN nip_hash TEXT NULL;
            ALTER TABLE pledges ADD COLUMN anonymised_at TIMESTAMPTZ NULL;
            CREATE INDEX ix_pledges_pledged_at ON pledges(pledged_at) WHERE anonymised_at IS NULL;

            CREATE TABLE pledge_versions (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                pledge_id BIGINT NOT NULL REFERENCES pledges(id),
                version INTEGER NOT NULL,
                full_name TEXT NOT NULL,
                status TEXT NOT NULL,
                nip TEXT NULL,
                agency TEXT NOT NULL,
                work_unit TEXT NOT NULL,
                recorded_at TIMESTAMPTZ NOT NULL,
                replaced_at TIMESTAMPTZ NOT NULL,
                UNIQUE (pledge_id, version)
            );
            """),
        // Version 14 (issue 14, the web dashboard); see SqliteMigrations version 13.
        (14, "dashboard", """
            CREATE TABLE dashboard_sign_in_tokens (
                token_hash TEXT PRIMARY KEY,
                actor TEXT NOT NULL,
                created_at TIMESTAMPTZ NOT NULL,
                expires_at TIMESTAMPTZ NOT NULL,
                used_at TIMESTAMPTZ NULL
            );

            CREATE TABLE roster_employees (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                agency TEXT NOT NULL,
                agency_key TEXT NOT NULL,
                nip TEXT NOT NULL,
                full_name TEXT NOT NULL,
                work_unit TEXT NOT NULL,
                imported_at TIMESTAMPTZ NOT NULL
            );
            CREATE UNIQUE INDEX ux_roster_agency_nip ON roster_employees(agency_key, nip);
            CREATE INDEX ix_roster_nip ON roster_employees(nip);
            CREATE INDEX ix_pledges_nip ON pledges(nip, election_id) WHERE nip IS NOT NULL;

            CREATE TABLE stats_pledges_daily (
                election_id TEXT NOT NULL,
                agency_key TEXT NOT NULL,
                day TEXT NOT NULL,
                pledges BIGINT NOT NULL,
                PRIMARY KEY (election_id, agency_key, day)
            );
            -- The day in WIB (UTC+7), as text like SQLite's date().
            CREATE FUNCTION stats_pledges_daily_changed() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP IN ('DELETE', 'UPDATE') THEN
                    UPDATE stats_pledges_daily SET pledges = pledges - 1
                    WHERE election_id = OLD.election_id AND agency_key = OLD.agency_key
                      AND day = to_char((OLD.pledged_at AT TIME ZONE 'UTC') + INTERVAL '7 hours', 'YYYY-MM-DD');
                END IF;
                IF TG_OP IN ('INSERT', 'UPDATE') THEN
                    INSERT INTO stats_pledges_daily(election_id, agency_key, day, pledges)
                    VALUES (NEW.election_id, NEW.agency_key, to_char((NEW.pledged_at AT TIME ZONE 'UTC') + INTERVAL '7 hours', 'YYYY-MM-DD'), 1)
                    ON CONFLICT (election_id, agency_key, day) DO UPDATE SET pledges = stats_pledges_daily.pledges + 1;
                END IF;
                RETURN NULL;
            END $$;
            CREATE TRIGGER trg_stats_pledges_daily AFTER INSERT OR DELETE OR UPDATE OF election_id, agency_key, pledged_at ON pledges
                FOR EACH ROW EXECUTE FUNCTION stats_pledges_daily_changed();
            INSERT INTO stats_pledges_daily(election_id, agency_key, day, pledges)
                SELECT election_id, agency_key, to_char((pledged_at AT TIME ZONE 'UTC') + INTERVAL '7 hours', 'YYYY-MM-DD'), COUNT(*)
                FROM pledges GROUP BY 1, 2, 3;

            ALTER TABLE broadcast_jobs DROP CONSTRAINT chk_broadcast_jobs_target_kind;
            ALTER TABLE broadcast_jobs ADD CONSTRAINT chk_broadcast_jobs_target_kind CHECK (target_kind IN ('All', 'Instansi', 'NotPledged', 'Roster'));
            """),
        // Version 15 (issue 14, the Pertanyaan page); see SqliteMigrations version 14.
        (15, "question_triage", """
            CREATE TABLE kb_phrasings (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                entry_id TEXT NOT NULL,
                phrasing TEXT NOT NULL,
                phrasing_key TEXT NOT NULL UNIQUE,
                attached_by TEXT NOT NULL,
                attached_at TIMESTAMPTZ NOT NULL
            );

            CREATE TABLE question_dispositions (
                question_key TEXT PRIMARY KEY,
                disposition TEXT NOT NULL CHECK (disposition IN ('attached', 'out_of_scope')),
                entry_id TEXT NULL,
                decided_by TEXT NOT NULL,
                decided_at TIMESTAMPTZ NOT NULL
            );
            """),
        // Version 16 (h14s; 15 and 17+ belong to other changes); see SqliteMigrations version 15.
        (16, "channel_counts_data_protection", """
            -- The lock keeps other instances from changing subscribers between the backfill and the triggers.
            LOCK TABLE subscribers IN SHARE ROW EXCLUSIVE MODE;
            -- Spread over 16 slots by the row's key, as migration 8's active count, so that concurrent new subscribers
            -- rarely wait on one counter row; readers sum the slots.
            CREATE TABLE stats_channel_subscribers (
                channel TEXT NOT NULL,
                is_active BOOLEAN NOT NULL,
                opted_out BOOLEAN NOT NULL,
                slot INTEGER NOT NULL,
                subscribers BIGINT NOT NULL,
                PRIMARY KEY (channel, is_active, opted_out, slot)
            );
            CREATE FUNCTION stats_count_channel(p_channel TEXT, p_chat TEXT, p_active BOOLEAN, p_opted_out BOOLEAN, p_delta BIGINT) RETURNS void LANGUAGE sql AS $$
                INSERT INTO stats_channel_subscribers AS t (channel, is_active, opted_out, slot, subscribers)
                    VALUES (p_channel, p_active, p_opted_out, hashtext(p_channel || ':' || p_chat) & 15, p_delta)
                    ON CONFLICT (channel, is_active, opted_out, slot) DO UPDATE SET subscribers = t.subscribers + excluded.subscribers;
            $$;
            CREATE FUNCTION stats_channel_subscribers_changed() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                -- An update moves one count down and one up; the row with the smaller key is locked first, so two
                -- transactions moving subscribers in opposite directions cannot deadlock on the pair.
                IF TG_OP = 'UPDATE' AND (NEW.channel, NEW.is_active, NEW.opted_out_at IS NOT NULL, hashtext(NEW.channel || ':' || NEW.chat_id) & 15)
                                        < (OLD.channel, OLD.is_active, OLD.opted_out_at IS NOT NULL, hashtext(OLD.channel || ':' || OLD.chat_id) & 15) THEN
                    PERFORM stats_count_channel(NEW.channel, NEW.chat_id, NEW.is_active, NEW.opted_out_at IS NOT NULL, 1);
                    PERFORM stats_count_channel(OLD.channel, OLD.chat_id, OLD.is_active, OLD.opted_out_at IS NOT NULL, -1);
                    RETURN NULL;
                END IF;
                IF TG_OP IN ('DELETE', 'UPDATE') THEN
                    PERFORM stats_count_channel(OLD.channel, OLD.chat_id, OLD.is_active, OLD.opted_out_at IS NOT NULL, -1);
                END IF;
                IF TG_OP IN ('INSERT', 'UPDATE') THEN
                    PERFORM stats_count_channel(NEW.channel, NEW.chat_id, NEW.is_active, NEW.opted_out_at IS NOT NULL, 1);
                END IF;
                RETURN NULL;
            END $$;
            CREATE TRIGGER trg_stats_channel_insert_delete AFTER INSERT OR DELETE ON subscribers
                FOR EACH ROW EXECUTE FUNCTION stats_channel_subscribers_changed();
            CREATE TRIGGER trg_stats_channel_update AFTER UPDATE OF channel, chat_id, is_active, opted_out_at ON subscribers
                FOR EACH ROW WHEN (OLD.channel IS DISTINCT FROM NEW.channel OR OLD.chat_id IS DISTINCT FROM NEW.chat_id
                                   OR OLD.is_active IS DISTINCT FROM NEW.is_active OR (OLD.opted_out_at IS NULL) IS DISTINCT FROM (NEW.opted_out_at IS NULL))
                EXECUTE FUNCTION stats_channel_subscribers_changed();
            INSERT INTO stats_channel_subscribers(channel, is_active, opted_out, slot, subscribers)
                SELECT channel, is_active, opted_out_at IS NOT NULL, hashtext(channel || ':' || chat_id) & 15, COUNT(*) FROM subscribers GROUP BY 1, 2, 3, 4;

            CREATE TABLE data_protection_keys (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                friendly_name TEXT NULL,
                xml TEXT NOT NULL,
                stored_at TIMESTAMPTZ NOT NULL
            );
            """),
    ];
}
