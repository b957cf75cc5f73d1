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
        (2, "admin_broadcasts", """
            CREATE TABLE audit_log (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                target TEXT NOT NULL,
                count INTEGER NOT NULL,
                at TEXT NOT NULL
            );

            CREATE TABLE broadcast_jobs (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                text TEXT NOT NULL,
                target_kind TEXT NOT NULL,
                target_agency TEXT NULL,
                election_id TEXT NULL,
                created_by TEXT NOT NULL,
                created_at TEXT NOT NULL,
                scheduled_at TEXT NOT NULL,
                status TEXT NOT NULL,
                started_at TEXT NULL,
                finished_at TEXT NULL
            );
            CREATE INDEX ix_broadcast_jobs_due ON broadcast_jobs(status, scheduled_at);

            -- One row per recipient; the unique key makes a second row for the same chat impossible.
            CREATE TABLE broadcast_deliveries (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                job_id INTEGER NOT NULL REFERENCES broadcast_jobs(id),
                channel TEXT NOT NULL,
                chat_id TEXT NOT NULL,
                status TEXT NOT NULL,
                error TEXT NULL,
                updated_at TEXT NULL,
                UNIQUE (job_id, channel, chat_id)
            );
            CREATE INDEX ix_broadcast_deliveries_job_status ON broadcast_deliveries(job_id, status, id);
            CREATE INDEX ix_pledges_agency ON pledges(election_id, agency);
            CREATE INDEX ix_pledges_channel_user_any ON pledges(channel, channel_user_id);
            """),
        (3, "broadcast_reminder_kind_opt_out", """
            -- The calendar reminder a job was planned from (null for ad-hoc broadcasts); channel adapters pick templates by it.
            ALTER TABLE broadcast_jobs ADD COLUMN reminder_kind TEXT NULL;

            -- /berhenti: set while the subscriber refuses broadcasts; kept apart from is_active (a 403; cleared when they write again), so writing again keeps an opt-out.
            ALTER TABLE subscribers ADD COLUMN opted_out_at TEXT NULL;
            """),
        // Self-contained: depends on no other migration, so it applies correctly before or after version 3.
        (4, "whatsapp", """
            -- Webhook payloads as received (raw bytes, signature already checked), deleted once processed:
            -- the webhook answers 200 only after the row is committed, so a restart loses nothing.
            CREATE TABLE whatsapp_inbox (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                payload BLOB NOT NULL,
                received_at TEXT NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                last_error TEXT NULL
            );

            -- String message ids (WhatsApp wamid) already processed; processed_updates keys on Telegram's integer ids.
            CREATE TABLE processed_messages (
                channel TEXT NOT NULL,
                message_id TEXT NOT NULL,
                received_at TEXT NOT NULL,
                PRIMARY KEY (channel, message_id)
            );
            CREATE INDEX ix_processed_messages_received ON processed_messages(received_at);

            -- Consecutive "undeliverable" status callbacks per WhatsApp user; reset by any inbound message.
            CREATE TABLE whatsapp_delivery_failures (
                chat_id TEXT PRIMARY KEY,
                consecutive INTEGER NOT NULL,
                last_code INTEGER NOT NULL,
                last_at TEXT NOT NULL
            );
            """),
        (5, "statistics_counters", """
            -- /statistik must answer in under 200 ms over a million pledges; grouping and joining them on every call took
            -- ~3 s on 2 cores. These tables hold the aggregates, kept exact by the triggers below in the same transaction
            -- as every change to pledges and subscribers, and filled from the existing rows here.

            -- Pledges per election, agency (as the report groups it: case-insensitive) and status. The agency keeps the
            -- spelling first seen.
            CREATE TABLE stats_pledges (
                election_id TEXT NOT NULL,
                agency TEXT NOT NULL COLLATE NOCASE,
                status TEXT NOT NULL,
                pledges INTEGER NOT NULL,
                PRIMARY KEY (election_id, agency, status)
            );
            INSERT INTO stats_pledges(election_id, agency, status, pledges)
                SELECT election_id, agency, status, COUNT(*) FROM pledges GROUP BY election_id, agency COLLATE NOCASE, status;

            CREATE TRIGGER trg_stats_pledges_insert AFTER INSERT ON pledges
            BEGIN
                INSERT INTO stats_pledges(election_id, agency, status, pledges) VALUES (NEW.election_id, NEW.agency, NEW.status, 1)
                    ON CONFLICT(election_id, agency, status) DO UPDATE SET pledges = pledges + 1;
            END;
            CREATE TRIGGER trg_stats_pledges_delete AFTER DELETE ON pledges
            BEGIN
                UPDATE stats_pledges SET pledges = pledges - 1 WHERE election_id = OLD.election_id AND agency = OLD.agency AND status = OLD.status;
            END;
            CREATE TRIGGER trg_stats_pledges_update AFTER UPDATE OF election_id, agency, status ON pledges
            WHEN OLD.election_id IS NOT NEW.election_id OR OLD.agency IS NOT NEW.agency OR OLD.status IS NOT NEW.status
            BEGIN
                UPDATE stats_pledges SET pledges = pledges - 1 WHERE election_id = OLD.election_id AND agency = OLD.agency AND status = OLD.status;
                INSERT INTO stats_pledges(election_id, agency, status, pledges) VALUES (NEW.election_id, NEW.agency, NEW.status, 1)
                    ON CONFLICT(election_id, agency, status) DO UPDATE SET pledges = pledges + 1;
            END;

            -- Active subscriber rows whose user has a pledge for the election (the numerator of the pledge rate), for all
            -- agencies and per agency. A user's first pledge for the election (or for the agency) adds their active rows,
            -- a second one (another NIP from the same account) adds nothing; a subscriber row becoming active or inactive
            -- moves every count its user's pledges are in.
            CREATE INDEX ix_subscribers_active_user ON subscribers(is_active, channel, user_id);
            CREATE INDEX ix_pledges_election_agency_user ON pledges(election_id, agency COLLATE NOCASE, channel, channel_user_id);
            CREATE TABLE stats_pledged_subscribers (
                election_id TEXT NOT NULL PRIMARY KEY,
                active_subscribers INTEGER NOT NULL
            );
            CREATE TABLE stats_agency_pledged_subscribers (
                election_id TEXT NOT NULL,
                agency TEXT NOT NULL COLLATE NOCASE,
                active_subscribers INTEGER NOT NULL,
                PRIMARY KEY (election_id, agency)
            );
            INSERT INTO stats_pledged_subscribers(election_id, active_subscribers)
                SELECT e.election_id,
                       (SELECT COUNT(*) FROM subscribers s WHERE s.is_active = 1
                        AND EXISTS (SELECT 1 FROM pledges p WHERE p.election_id = e.election_id AND p.channel = s.channel AND p.channel_user_id = s.user_id))
                FROM (SELECT DISTINCT election_id FROM pledges) e;
            -- Correlated subqueries, not joins: without ANALYZE the planner may nest the scans the slow way round.
            INSERT INTO stats_agency_pledged_subscribers(election_id, agency, active_subscribers)
                SELECT g.election_id, g.agency,
                       (SELECT COALESCE(SUM((SELECT COUNT(*) FROM subscribers s WHERE s.is_active = 1 AND s.channel = u.channel AND s.user_id = u.channel_user_id)), 0)
                        FROM (SELECT DISTINCT channel, channel_user_id FROM pledges p WHERE p.election_id = g.election_id AND p.agency = g.agency COLLATE NOCASE) u)
                FROM (SELECT election_id, agency FROM stats_pledges GROUP BY election_id, agency) g;

            CREATE TRIGGER trg_stats_pledged_insert AFTER INSERT ON pledges
            BEGIN
                INSERT INTO stats_pledged_subscribers(election_id, active_subscribers)
                    SELECT NEW.election_id,
                           CASE WHEN EXISTS (SELECT 1 FROM pledges o WHERE o.election_id = NEW.election_id AND o.channel = NEW.channel AND o.channel_user_id = NEW.channel_user_id AND o.id <> NEW.id)
                                THEN 0
                                ELSE (SELECT COUNT(*) FROM subscribers s WHERE s.is_active = 1 AND s.channel = NEW.channel AND s.user_id = NEW.channel_user_id) END
                    WHERE true
                    ON CONFLICT(election_id) DO UPDATE SET active_subscribers = active_subscribers + excluded.active_subscribers;
                INSERT INTO stats_agency_pledged_subscribers(election_id, agency, active_subscribers)
                    SELECT NEW.election_id, NEW.agency,
                           CASE WHEN EXISTS (SELECT 1 FROM pledges o WHERE o.election_id = NEW.election_id AND o.agency = NEW.agency COLLATE NOCASE AND o.channel = NEW.channel AND o.channel_user_id = NEW.channel_user_id AND o.id <> NEW.id)
                                THEN 0
                                ELSE (SELECT COUNT(*) FROM subscribers s WHERE s.is_active = 1 AND s.channel = NEW.channel AND s.user_id = NEW.channel_user_id) END
                    WHERE true
                    ON CONFLICT(election_id, agency) DO UPDATE SET active_subscribers = active_subscribers + excluded.active_subscribers;
            END;
            CREATE TRIGGER trg_stats_pledged_delete AFTER DELETE ON pledges
            BEGIN
                UPDATE stats_pledged_subscribers
                    SET active_subscribers = active_subscribers - (SELECT COUNT(*) FROM subscribers s WHERE s.is_active = 1 AND s.channel = OLD.channel AND s.user_id = OLD.channel_user_id)
                    WHERE election_id = OLD.election_id
                      AND NOT EXISTS (SELECT 1 FROM pledges o WHERE o.election_id = OLD.election_id AND o.channel = OLD.channel AND o.channel_user_id = OLD.channel_user_id);
                UPDATE stats_agency_pledged_subscribers
                    SET active_subscribers = active_subscribers - (SELECT COUNT(*) FROM subscribers s WHERE s.is_active = 1 AND s.channel = OLD.channel AND s.user_id = OLD.channel_user_id)
                    WHERE election_id = OLD.election_id AND agency = OLD.agency
                      AND NOT EXISTS (SELECT 1 FROM pledges o WHERE o.election_id = OLD.election_id AND o.agency = OLD.agency COLLATE NOCASE AND o.channel = OLD.channel AND o.channel_user_id = OLD.channel_user_id);
            END;
            -- An edit counts as a delete of the old row and an insert of the new one. Each trigger fires only when its own
            -- key changed (agency compared as it is grouped), else the insert half would count the account a second time.
            CREATE TRIGGER trg_stats_pledged_update AFTER UPDATE OF election_id, channel, channel_user_id ON pledges
            WHEN OLD.election_id IS NOT NEW.election_id OR OLD.channel IS NOT NEW.channel OR OLD.channel_user_id IS NOT NEW.channel_user_id
            BEGIN
                UPDATE stats_pledged_subscribers
                    SET active_subscribers = active_subscribers - (SELECT COUNT(*) FROM subscribers s WHERE s.is_active = 1 AND s.channel = OLD.channel AND s.user_id = OLD.channel_user_id)
                    WHERE election_id = OLD.election_id
                      AND NOT EXISTS (SELECT 1 FROM pledges o WHERE o.election_id = OLD.election_id AND o.channel = OLD.channel AND o.channel_user_id = OLD.channel_user_id);
                INSERT INTO stats_pledged_subscribers(election_id, active_subscribers)
                    SELECT NEW.election_id,
                           CASE WHEN EXISTS (SELECT 1 FROM pledges o WHERE o.election_id = NEW.election_id AND o.channel = NEW.channel AND o.channel_user_id = NEW.channel_user_id AND o.id <> NEW.id)
                                THEN 0
                                ELSE (SELECT COUNT(*) FROM subscribers s WHERE s.is_active = 1 AND s.channel = NEW.channel AND s.user_id = NEW.channel_user_id) END
                    WHERE true
                    ON CONFLICT(election_id) DO UPDATE SET active_subscribers = active_subscribers + excluded.active_subscribers;
            END;
            CREATE TRIGGER trg_stats_agency_pledged_update AFTER UPDATE OF election_id, agency, channel, channel_user_id ON pledges
            WHEN OLD.election_id IS NOT NEW.election_id OR OLD.agency IS NOT NEW.agency COLLATE NOCASE OR OLD.channel IS NOT NEW.channel OR OLD.channel_user_id IS NOT NEW.channel_user_id
            BEGIN
                UPDATE stats_agency_pledged_subscribers
                    SET active_subscribers = active_subscribers - (SELECT COUNT(*) FROM subscribers s WHERE s.is_active = 1 AND s.channel = OLD.channel AND s.user_id = OLD.channel_user_id)
                    WHERE election_id = OLD.election_id AND agency = OLD.agency
                      AND NOT EXISTS (SELECT 1 FROM pledges o WHERE o.election_id = OLD.election_id AND o.agency = OLD.agency COLLATE NOCASE AND o.channel = OLD.channel AND o.channel_user_id = OLD.channel_user_id);
                INSERT INTO stats_agency_pledged_subscribers(election_id, agency, active_subscribers)
                    SELECT NEW.election_id, NEW.agency,
                           CASE WHEN EXISTS (SELECT 1 FROM pledges o WHERE o.election_id = NEW.election_id AND o.agency = NEW.agency COLLATE NOCASE AND o.channel = NEW.channel AND o.channel_user_id = NEW.channel_user_id AND o.id <> NEW.id)
                                THEN 0
                                ELSE (SELECT COUNT(*) FROM subscribers s WHERE s.is_active = 1 AND s.channel = NEW.channel AND s.user_id = NEW.channel_user_id) END
                    WHERE true
                    ON CONFLICT(election_id, agency) DO UPDATE SET active_subscribers = active_subscribers + excluded.active_subscribers;
            END;

            -- Every election and agency with a pledge has its rows (the pledge triggers create them), so these only update.
            -- EXISTS per aggregate row rather than "IN (SELECT ...)": SQLite 3.53 builds a temporary table for each IN, which
            -- made every new subscriber ~40x slower to insert. "stats...agency = p.agency" compares with the column's NOCASE.
            CREATE TRIGGER trg_stats_subscriber_insert AFTER INSERT ON subscribers WHEN NEW.is_active = 1
            BEGIN
                UPDATE stats_pledged_subscribers SET active_subscribers = active_subscribers + 1
                    WHERE EXISTS (SELECT 1 FROM pledges p WHERE p.channel = NEW.channel AND p.channel_user_id = NEW.user_id AND p.election_id = stats_pledged_subscribers.election_id);
                UPDATE stats_agency_pledged_subscribers SET active_subscribers = active_subscribers + 1
                    WHERE EXISTS (SELECT 1 FROM pledges p WHERE p.channel = NEW.channel AND p.channel_user_id = NEW.user_id
                                        AND p.election_id = stats_agency_pledged_subscribers.election_id AND stats_agency_pledged_subscribers.agency = p.agency);
            END;
            CREATE TRIGGER trg_stats_subscriber_delete AFTER DELETE ON subscribers WHEN OLD.is_active = 1
            BEGIN
                UPDATE stats_pledged_subscribers SET active_subscribers = active_subscribers - 1
                    WHERE EXISTS (SELECT 1 FROM pledges p WHERE p.channel = OLD.channel AND p.channel_user_id = OLD.user_id AND p.election_id = stats_pledged_subscribers.election_id);
                UPDATE stats_agency_pledged_subscribers SET active_subscribers = active_subscribers - 1
                    WHERE EXISTS (SELECT 1 FROM pledges p WHERE p.channel = OLD.channel AND p.channel_user_id = OLD.user_id
                                        AND p.election_id = stats_agency_pledged_subscribers.election_id AND stats_agency_pledged_subscribers.agency = p.agency);
            END;
            CREATE TRIGGER trg_stats_subscriber_update AFTER UPDATE OF is_active, channel, user_id ON subscribers
            WHEN (OLD.is_active = 1) IS NOT (NEW.is_active = 1) OR OLD.channel IS NOT NEW.channel OR OLD.user_id IS NOT NEW.user_id
            BEGIN
                UPDATE stats_pledged_subscribers SET active_subscribers = active_subscribers - 1
                    WHERE OLD.is_active = 1 AND EXISTS (SELECT 1 FROM pledges p WHERE p.channel = OLD.channel AND p.channel_user_id = OLD.user_id AND p.election_id = stats_pledged_subscribers.election_id);
                UPDATE stats_agency_pledged_subscribers SET active_subscribers = active_subscribers - 1
                    WHERE OLD.is_active = 1 AND EXISTS (SELECT 1 FROM pledges p WHERE p.channel = OLD.channel AND p.channel_user_id = OLD.user_id
                                        AND p.election_id = stats_agency_pledged_subscribers.election_id AND stats_agency_pledged_subscribers.agency = p.agency);
                UPDATE stats_pledged_subscribers SET active_subscribers = active_subscribers + 1
                    WHERE NEW.is_active = 1 AND EXISTS (SELECT 1 FROM pledges p WHERE p.channel = NEW.channel AND p.channel_user_id = NEW.user_id AND p.election_id = stats_pledged_subscribers.election_id);
                UPDATE stats_agency_pledged_subscribers SET active_subscribers = active_subscribers + 1
                    WHERE NEW.is_active = 1 AND EXISTS (SELECT 1 FROM pledges p WHERE p.channel = NEW.channel AND p.channel_user_id = NEW.user_id
                                        AND p.election_id = stats_agency_pledged_subscribers.election_id AND stats_agency_pledged_subscribers.agency = p.agency);
            END;
            """),
        // Self-contained: touches only tables of versions 1 and 2, so it applies correctly whatever 3 to 5 did.
        (6, "subscriber_time_zone", """
            -- The recipient's zone (WIB, WITA, WIT) set with /zona; null while not known, which reminders treat as WIB.
            ALTER TABLE subscribers ADD COLUMN time_zone TEXT NULL;

            -- A zoned reminder job reaches only subscribers of that zone (WIB also those without one); null reaches every zone.
            ALTER TABLE broadcast_jobs ADD COLUMN target_zone TEXT NULL;
            """),
        // Self-contained: touches only broadcast_deliveries of version 1, so it applies correctly whatever 2 to 6 did.
        (7, "delivery_platform_message_id", """
            -- The platform's id of an accepted message (WhatsApp wamid): a later "failed" status callback finds its row by it.
            ALTER TABLE broadcast_deliveries ADD COLUMN platform_message_id TEXT NULL;

            -- Partial: Telegram rows and unsent rows carry no id and stay out of the index.
            CREATE INDEX ix_broadcast_deliveries_platform_message ON broadcast_deliveries(channel, platform_message_id)
                WHERE platform_message_id IS NOT NULL;
            """),
        // Self-contained: touches only columns of versions 1, 3 and 6. SQLite cannot add a CHECK constraint to a table, and
        // rebuilding pledges and subscribers would mean rebuilding migration 5's triggers and indexes too, so these
        // triggers do the same: a value outside the enumeration aborts the statement with "CHECK constraint failed".
        (8, "enumeration_checks", """
            CREATE TRIGGER chk_pledges_status_insert BEFORE INSERT ON pledges
            WHEN NEW.status NOT IN ('PNS', 'PPPK', 'Non-ASN')
            BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: pledges.status must be PNS, PPPK or Non-ASN'); END;
            CREATE TRIGGER chk_pledges_status_update BEFORE UPDATE OF status ON pledges
            WHEN NEW.status NOT IN ('PNS', 'PPPK', 'Non-ASN')
            BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: pledges.status must be PNS, PPPK or Non-ASN'); END;

            CREATE TRIGGER chk_subscribers_insert BEFORE INSERT ON subscribers
            WHEN NEW.is_active NOT IN (0, 1) OR (NEW.time_zone IS NOT NULL AND NEW.time_zone NOT IN ('WIB', 'WITA', 'WIT'))
            BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: subscribers.is_active must be 0 or 1, time_zone WIB, WITA, WIT or null'); END;
            CREATE TRIGGER chk_subscribers_update BEFORE UPDATE OF is_active, time_zone ON subscribers
            WHEN NEW.is_active NOT IN (0, 1) OR (NEW.time_zone IS NOT NULL AND NEW.time_zone NOT IN ('WIB', 'WITA', 'WIT'))
            BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: subscribers.is_active must be 0 or 1, time_zone WIB, WITA, WIT or null'); END;

            CREATE TRIGGER chk_broadcast_jobs_insert BEFORE INSERT ON broadcast_jobs
            WHEN NEW.status NOT IN ('queued', 'running', 'done', 'cancelled') OR NEW.target_kind NOT IN ('All', 'Instansi', 'NotPledged')
                 OR (NEW.target_zone IS NOT NULL AND NEW.target_zone NOT IN ('WIB', 'WITA', 'WIT'))
            BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: broadcast_jobs.status, target_kind or target_zone'); END;
            CREATE TRIGGER chk_broadcast_jobs_update BEFORE UPDATE OF status, target_kind, target_zone ON broadcast_jobs
            WHEN NEW.status NOT IN ('queued', 'running', 'done', 'cancelled') OR NEW.target_kind NOT IN ('All', 'Instansi', 'NotPledged')
                 OR (NEW.target_zone IS NOT NULL AND NEW.target_zone NOT IN ('WIB', 'WITA', 'WIT'))
            BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: broadcast_jobs.status, target_kind or target_zone'); END;

            CREATE TRIGGER chk_broadcast_deliveries_insert BEFORE INSERT ON broadcast_deliveries
            WHEN NEW.status NOT IN ('pending', 'sent', 'failed', 'blocked', 'outside_window')
            BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: broadcast_deliveries.status'); END;
            CREATE TRIGGER chk_broadcast_deliveries_update BEFORE UPDATE OF status ON broadcast_deliveries
            WHEN NEW.status NOT IN ('pending', 'sent', 'failed', 'blocked', 'outside_window')
            BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: broadcast_deliveries.status'); END;
            """),
        // Version 9. Self-contained: a new table only, so it applies whatever 8 did.
        (9, "telegram_inbox", """
            -- Telegram updates accepted (webhook or polling) and not yet processed; a row is deleted once its turn is done.
            -- The update's mark in processed_updates is written in the same commit, so a redelivery is never stored twice.
            CREATE TABLE telegram_inbox (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                update_id INTEGER NOT NULL,
                chat_key TEXT NOT NULL,
                payload BLOB NOT NULL,
                received_at TEXT NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                last_error TEXT NULL,
                -- Set after the last allowed attempt failed: kept for inspection, no longer taken.
                parked_at TEXT NULL
            );
            CREATE INDEX ix_telegram_inbox_parked ON telegram_inbox(parked_at) WHERE parked_at IS NOT NULL;
            """),
        // Version 10. Touches pledges and migration 5's statistics only. agency_key() is AgencyKey.Of, registered on the
        // migrating connection (SqliteDatabase); outside the migration the bot writes the key itself.
        (10, "agency_key", """
            -- One agency rule for both databases: agency_key is AgencyKey.Of(agency) (NFKC, invariant lower case, one space),
            -- written by the bot with every agency and compared by equality. COLLATE NOCASE folded ASCII only, so
            -- "DINAS PENDIDİKAN"-like and full-width spellings split the statistics and agency broadcasts. Whoever edits
            -- pledges.agency by hand must set agency_key with it.
            ALTER TABLE pledges ADD COLUMN agency_key TEXT NOT NULL DEFAULT '';
            UPDATE pledges SET agency_key = agency_key(agency);
            DROP INDEX ix_pledges_agency;
            DROP INDEX ix_pledges_election_agency_user;
            CREATE INDEX ix_pledges_agency ON pledges(election_id, agency_key);
            CREATE INDEX ix_pledges_election_agency_user ON pledges(election_id, agency_key, channel, channel_user_id);

            -- Migration 5's per-agency aggregates, rebuilt by key; the shown spelling stays the first seen.
            DROP TRIGGER trg_stats_pledges_insert;
            DROP TRIGGER trg_stats_pledges_delete;
            DROP TRIGGER trg_stats_pledges_update;
            DROP TRIGGER trg_stats_pledged_insert;
            DROP TRIGGER trg_stats_pledged_delete;
            DROP TRIGGER trg_stats_agency_pledged_update;
            DROP TRIGGER trg_stats_subscriber_insert;
            DROP TRIGGER trg_stats_subscriber_delete;
            DROP TRIGGER trg_stats_subscriber_update;
            DROP TABLE stats_pledges;
            DROP TABLE stats_agency_pledged_subscribers;
            CREATE TABLE stats_pledges (
                election_id TEXT NOT NULL,
                agency_key TEXT NOT NULL,
                agency TEXT NOT NULL,
                status TEXT NOT NULL,
                pledges INTEGER NOT NULL,
                PRIMARY KEY (election_id, agency_key, status)
            );
            INSERT INTO stats_pledges(election_id, agency_key, agency, status, pledges)
                SELECT election_id, agency_key, (SELECT f.agency FROM pledges f WHERE f.election_id = p.election_id AND f.agency_key = p.agency_key ORDER BY f.id LIMIT 1), status, COUNT(*)
                FROM pledges p GROUP BY election_id, agency_key, status;
            CREATE TABLE stats_agency_pledged_subscribers (
                election_id TEXT NOT NULL,
                agency_key TEXT NOT NULL,
                active_subscribers INTEGER NOT NULL,
                PRIMARY KEY (election_id, agency_key)
            );
            INSERT INTO stats_agency_pledged_subscribers(election_id, agency_key, active_subscribers)
                SELECT g.election_id, g.agency_key,
                       (SELECT COALESCE(SUM((SELECT COUNT(*) FROM subscribers s WHERE s.is_active = 1 AND s.channel = u.channel AND s.user_id = u.channel_user_id)), 0)
                        FROM (SELECT DISTINCT channel, channel_user_id FROM pledges p WHERE p.election_id = g.election_id AND p.agency_key = g.agency_key) u)
                FROM (SELECT DISTINCT election_id, agency_key FROM stats_pledges) g;

            CREATE TRIGGER trg_stats_pledges_insert AFTER INSERT ON pledges
            BEGIN
                INSERT INTO stats_pledges(election_id, agency_key, agency, status, pledges) VALUES (NEW.election_id, NEW.agency_key, NEW.agency, NEW.status, 1)
                    ON CONFLICT(election_id, agency_key, status) DO UPDATE SET pledges = pledges + 1;
            END;
            CREATE TRIGGER trg_stats_pledges_delete AFTER DELETE ON pledges
            BEGIN
                UPDATE stats_pledges SET pledges = pledges - 1 WHERE election_id = OLD.election_id AND agency_key = OLD.agency_key AND status = OLD.status;
            END;
            CREATE TRIGGER trg_stats_pledges_update AFTER UPDATE OF election_id, agency_key, status ON pledges
            WHEN OLD.election_id IS NOT NEW.election_id OR OLD.agency_key IS NOT NEW.agency_key OR OLD.status IS NOT NEW.status
            BEGIN
                UPDATE stats_pledges SET pledges = pledges - 1 WHERE election_id = OLD.election_id AND agency_key = OLD.agency_key AND status = OLD.status;
                INSERT INTO stats_pledges(election_id, agency_key, agency, status, pledges) VALUES (NEW.election_id, NEW.agency_key, NEW.agency, NEW.status, 1)
                    ON CONFLICT(election_id, agency_key, status) DO UPDATE SET pledges = pledges + 1;
            END;
            CREATE TRIGGER trg_stats_pledged_insert AFTER INSERT ON pledges
            BEGIN
                INSERT INTO stats_pledged_subscribers(election_id, active_subscribers)
                    SELECT NEW.election_id,
                           CASE WHEN EXISTS (SELECT 1 FROM pledges o WHERE o.election_id = NEW.election_id AND o.channel = NEW.channel AND o.channel_user_id = NEW.channel_user_id AND o.id <> NEW.id)
                                THEN 0
                                ELSE (SELECT COUNT(*) FROM subscribers s WHERE s.is_active = 1 AND s.channel = NEW.channel AND s.user_id = NEW.channel_user_id) END
                    WHERE true
                    ON CONFLICT(election_id) DO UPDATE SET active_subscribers = active_subscribers + excluded.active_subscribers;
                INSERT INTO stats_agency_pledged_subscribers(election_id, agency_key, active_subscribers)
                    SELECT NEW.election_id, NEW.agency_key,
                           CASE WHEN EXISTS (SELECT 1 FROM pledges o WHERE o.election_id = NEW.election_id AND o.agency_key = NEW.agency_key AND o.channel = NEW.channel AND o.channel_user_id = NEW.channel_user_id AND o.id <> NEW.id)
                                THEN 0
                                ELSE (SELECT COUNT(*) FROM subscribers s WHERE s.is_active = 1 AND s.channel = NEW.channel AND s.user_id = NEW.channel_user_id) END
                    WHERE true
                    ON CONFLICT(election_id, agency_key) DO UPDATE SET active_subscribers = active_subscribers + excluded.active_subscribers;
            END;
            CREATE TRIGGER trg_stats_pledged_delete AFTER DELETE ON pledges
            BEGIN
                UPDATE stats_pledged_subscribers
                    SET active_subscribers = active_subscribers - (SELECT COUNT(*) FROM subscribers s WHERE s.is_active = 1 AND s.channel = OLD.channel AND s.user_id = OLD.channel_user_id)
                    WHERE election_id = OLD.election_id
                      AND NOT EXISTS (SELECT 1 FROM pledges o WHERE o.election_id = OLD.election_id AND o.channel = OLD.channel AND o.channel_user_id = OLD.channel_user_id);
                UPDATE stats_agency_pledged_subscribers
                    SET active_subscribers = active_subscribers - (SELECT COUNT(*) FROM subscribers s WHERE s.is_active = 1 AND s.channel = OLD.channel AND s.user_id = OLD.channel_user_id)
                    WHERE election_id = OLD.election_id AND agency_key = OLD.agency_key
                      AND NOT EXISTS (SELECT 1 FROM pledges o WHERE o.election_id = OLD.election_id AND o.agency_key = OLD.agency_key AND o.channel = OLD.channel AND o.channel_user_id = OLD.channel_user_id);
            END;
            CREATE TRIGGER trg_stats_agency_pledged_update AFTER UPDATE OF election_id, agency_key, channel, channel_user_id ON pledges
            WHEN OLD.election_id IS NOT NEW.election_id OR OLD.agency_key IS NOT NEW.agency_key OR OLD.channel IS NOT NEW.channel OR OLD.channel_user_id IS NOT NEW.channel_user_id
            BEGIN
                UPDATE stats_agency_pledged_subscribers
                    SET active_subscribers = active_subscribers - (SELECT COUNT(*) FROM subscribers s WHERE s.is_active = 1 AND s.channel = OLD.channel AND s.user_id = OLD.channel_user_id)
                    WHERE election_id = OLD.election_id AND agency_key = OLD.agency_key
                      AND NOT EXISTS (SELECT 1 FROM pledges o WHERE o.election_id = OLD.election_id AND o.agency_key = OLD.agency_key AND o.channel = OLD.channel AND o.channel_user_id = OLD.channel_user_id);
                INSERT INTO stats_agency_pledged_subscribers(election_id, agency_key, active_subscribers)
                    SELECT NEW.election_id, NEW.agency_key,
                           CASE WHEN EXISTS (SELECT 1 FROM pledges o WHERE o.election_id = NEW.election_id AND o.agency_key = NEW.agency_key AND o.channel = NEW.channel AND o.channel_user_id = NEW.channel_user_id AND o.id <> NEW.id)
                                THEN 0
                                ELSE (SELECT COUNT(*) FROM subscribers s WHERE s.is_active = 1 AND s.channel = NEW.channel AND s.user_id = NEW.channel_user_id) END
                    WHERE true
                    ON CONFLICT(election_id, agency_key) DO UPDATE SET active_subscribers = active_subscribers + excluded.active_subscribers;
            END;
            CREATE TRIGGER trg_stats_subscriber_insert AFTER INSERT ON subscribers WHEN NEW.is_active = 1
            BEGIN
                UPDATE stats_pledged_subscribers SET active_subscribers = active_subscribers + 1
                    WHERE EXISTS (SELECT 1 FROM pledges p WHERE p.channel = NEW.channel AND p.channel_user_id = NEW.user_id AND p.election_id = stats_pledged_subscribers.election_id);
                UPDATE stats_agency_pledged_subscribers SET active_subscribers = active_subscribers + 1
                    WHERE EXISTS (SELECT 1 FROM pledges p WHERE p.channel = NEW.channel AND p.channel_user_id = NEW.user_id
                                        AND p.election_id = stats_agency_pledged_subscribers.election_id AND p.agency_key = stats_agency_pledged_subscribers.agency_key);
            END;
            CREATE TRIGGER trg_stats_subscriber_delete AFTER DELETE ON subscribers WHEN OLD.is_active = 1
            BEGIN
                UPDATE stats_pledged_subscribers SET active_subscribers = active_subscribers - 1
                    WHERE EXISTS (SELECT 1 FROM pledges p WHERE p.channel = OLD.channel AND p.channel_user_id = OLD.user_id AND p.election_id = stats_pledged_subscribers.election_id);
                UPDATE stats_agency_pledged_subscribers SET active_subscribers = active_subscribers - 1
                    WHERE EXISTS (SELECT 1 FROM pledges p WHERE p.channel = OLD.channel AND p.channel_user_id = OLD.user_id
                                        AND p.election_id = stats_agency_pledged_subscribers.election_id AND p.agency_key = stats_agency_pledged_subscribers.agency_key);
            END;
            CREATE TRIGGER trg_stats_subscriber_update AFTER UPDATE OF is_active, channel, user_id ON subscribers
            WHEN (OLD.is_active = 1) IS NOT (NEW.is_active = 1) OR OLD.channel IS NOT NEW.channel OR OLD.user_id IS NOT NEW.user_id
            BEGIN
                UPDATE stats_pledged_subscribers SET active_subscribers = active_subscribers - 1
                    WHERE OLD.is_active = 1 AND EXISTS (SELECT 1 FROM pledges p WHERE p.channel = OLD.channel AND p.channel_user_id = OLD.user_id AND p.election_id = stats_pledged_subscribers.election_id);
                UPDATE stats_agency_pledged_subscribers SET active_subscribers = active_subscribers - 1
                    WHERE OLD.is_active = 1 AND EXISTS (SELECT 1 FROM pledges p WHERE p.channel = OLD.channel AND p.channel_user_id = OLD.user_id
                                        AND p.election_id = stats_agency_pledged_subscribers.election_id AND p.agency_key = stats_agency_pledged_subscribers.agency_key);
                UPDATE stats_pledged_subscribers SET active_subscribers = active_subscribers + 1
                    WHERE NEW.is_active = 1 AND EXISTS (SELECT 1 FROM pledges p WHERE p.channel = NEW.channel AND p.channel_user_id = NEW.user_id AND p.election_id = stats_pledged_subscribers.election_id);
                UPDATE stats_agency_pledged_subscribers SET active_subscribers = active_subscribers + 1
                    WHERE NEW.is_active = 1 AND EXISTS (SELECT 1 FROM pledges p WHERE p.channel = NEW.channel AND p.channel_user_id = NEW.user_id
                                        AND p.election_id = stats_agency_pledged_subscribers.election_id AND p.agency_key = stats_agency_pledged_subscribers.agency_key);
            END;
            """),
        // Version 11 (h13a). Self-contained: new tables only.
        (11, "question_log", """
            -- The key of the user-id hash (Privacy/UserIdHash) when Privacy:HashKey is not configured, generated on first use.
            CREATE TABLE hash_keys (
                name TEXT PRIMARY KEY,
                secret TEXT NOT NULL,
                created_at TEXT NOT NULL
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
                confidence REAL NOT NULL,
                shown_at TEXT NOT NULL
            );
            CREATE INDEX ix_feedback_answers_chat ON feedback_answers(chat_key, shown_at);
            CREATE INDEX ix_feedback_answers_shown ON feedback_answers(shown_at);
            CREATE INDEX ix_feedback_answers_user ON feedback_answers(user_hash);

            -- Questions answered TIDAK_TAHU or with low confidence, and votes (one per answer and voter), kept
            -- Feedback:QuestionLogRetentionDays.
            CREATE TABLE question_log (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                kind TEXT NOT NULL CHECK (kind IN ('unanswered', 'helpful', 'unhelpful')),
                user_hash TEXT NOT NULL,
                question TEXT NOT NULL,
                topic_id TEXT NULL,
                verdict TEXT NOT NULL,
                confidence REAL NOT NULL,
                reason TEXT NULL CHECK (reason IS NULL OR reason IN ('salah-topik', 'putusan-keliru', 'kurang-jelas', 'lainnya')),
                answer_id TEXT NULL,
                logged_at TEXT NOT NULL
            );
            CREATE UNIQUE INDEX ux_question_log_vote ON question_log(answer_id, user_hash) WHERE answer_id IS NOT NULL;
            CREATE INDEX ix_question_log_logged ON question_log(logged_at);
            CREATE INDEX ix_question_log_user ON question_log(user_hash);
            """),
        // Version 12 (h13c; 10, 11 and 13+ belong to other changes). Self-contained: columns of version 1 and a new table.
        (12, "pledge_versions_privacy", """
            -- /ubahikrar: the pledges row is the latest version (the statistics triggers of version 5 see a correction as an
            -- update, so nothing is counted twice and an agency change moves the count); earlier versions go to
            -- pledge_versions. agency_unlisted: the agency was typed, not found in content/instansi.md (for an admin).
            -- nip_hash and anonymised_at: /hapusdata and the retention job drop name, NIP and account, keeping a keyed hash.
            ALTER TABLE pledges ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
            ALTER TABLE pledges ADD COLUMN corrected_at TEXT NULL;
            ALTER TABLE pledges ADD COLUMN agency_unlisted INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE pledges ADD COLUMN nip_hash TEXT NULL;
            ALTER TABLE pledges ADD COLUMN anonymised_at TEXT NULL;
            CREATE INDEX ix_pledges_pledged_at ON pledges(pledged_at) WHERE anonymised_at IS NULL;

            CREATE TABLE pledge_versions (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                pledge_id INTEGER NOT NULL REFERENCES pledges(id),
                version INTEGER NOT NULL,
                full_name TEXT NOT NULL,
                status TEXT NOT NULL,
                nip TEXT NULL,
                agency TEXT NOT NULL,
                work_unit TEXT NOT NULL,
                recorded_at TEXT NOT NULL,
                replaced_at TEXT NOT NULL,
                UNIQUE (pledge_id, version)
            );
            """),
        // Version 13 (issue 14, the web dashboard). Self-contained apart from replacing migration 8's check triggers;
        // agencies are compared by agency_key (AgencyKey.Of, migration 10).
        (13, "dashboard", """
            -- Single-use sign-in links of the web dashboard: only the SHA-256 of the token is kept.
            CREATE TABLE dashboard_sign_in_tokens (
                token_hash TEXT PRIMARY KEY,
                actor TEXT NOT NULL,
                created_at TEXT NOT NULL,
                expires_at TEXT NOT NULL,
                used_at TEXT NULL
            );

            -- Who should pledge: an agency's employee list, replaced as a whole by each import. Matched to pledges by NIP.
            CREATE TABLE roster_employees (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                agency TEXT NOT NULL,
                agency_key TEXT NOT NULL,
                nip TEXT NOT NULL,
                full_name TEXT NOT NULL,
                work_unit TEXT NOT NULL,
                imported_at TEXT NOT NULL
            );
            CREATE UNIQUE INDEX ux_roster_agency_nip ON roster_employees(agency_key, nip);
            CREATE INDEX ix_roster_nip ON roster_employees(nip);
            CREATE INDEX ix_pledges_nip ON pledges(nip, election_id) WHERE nip IS NOT NULL;

            -- Pledges per election, agency and day (WIB), kept by triggers like migration 10's counters: the dashboard's
            -- chart reads a few thousand rows instead of grouping a million pledges.
            CREATE TABLE stats_pledges_daily (
                election_id TEXT NOT NULL,
                agency_key TEXT NOT NULL,
                day TEXT NOT NULL,
                pledges INTEGER NOT NULL,
                PRIMARY KEY (election_id, agency_key, day)
            );
            CREATE TRIGGER trg_stats_daily_insert AFTER INSERT ON pledges
            BEGIN
                INSERT INTO stats_pledges_daily(election_id, agency_key, day, pledges) VALUES (NEW.election_id, NEW.agency_key, date(NEW.pledged_at, '+7 hours'), 1)
                ON CONFLICT(election_id, agency_key, day) DO UPDATE SET pledges = pledges + 1;
            END;
            CREATE TRIGGER trg_stats_daily_delete AFTER DELETE ON pledges
            BEGIN
                UPDATE stats_pledges_daily SET pledges = pledges - 1
                WHERE election_id = OLD.election_id AND agency_key = OLD.agency_key AND day = date(OLD.pledged_at, '+7 hours');
            END;
            CREATE TRIGGER trg_stats_daily_update AFTER UPDATE OF election_id, agency_key, pledged_at ON pledges
            BEGIN
                UPDATE stats_pledges_daily SET pledges = pledges - 1
                WHERE election_id = OLD.election_id AND agency_key = OLD.agency_key AND day = date(OLD.pledged_at, '+7 hours');
                INSERT INTO stats_pledges_daily(election_id, agency_key, day, pledges) VALUES (NEW.election_id, NEW.agency_key, date(NEW.pledged_at, '+7 hours'), 1)
                ON CONFLICT(election_id, agency_key, day) DO UPDATE SET pledges = pledges + 1;
            END;
            INSERT INTO stats_pledges_daily(election_id, agency_key, day, pledges)
                SELECT election_id, agency_key, date(pledged_at, '+7 hours'), COUNT(*) FROM pledges GROUP BY 1, 2, 3;

            -- A broadcast to the roster's employees who have not pledged (target kind 'Roster').
            DROP TRIGGER chk_broadcast_jobs_insert;
            DROP TRIGGER chk_broadcast_jobs_update;
            CREATE TRIGGER chk_broadcast_jobs_insert BEFORE INSERT ON broadcast_jobs
            WHEN NEW.status NOT IN ('queued', 'running', 'done', 'cancelled') OR NEW.target_kind NOT IN ('All', 'Instansi', 'NotPledged', 'Roster')
                 OR (NEW.target_zone IS NOT NULL AND NEW.target_zone NOT IN ('WIB', 'WITA', 'WIT'))
            BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: broadcast_jobs.status, target_kind or target_zone'); END;
            CREATE TRIGGER chk_broadcast_jobs_update BEFORE UPDATE OF status, target_kind, target_zone ON broadcast_jobs
            WHEN NEW.status NOT IN ('queued', 'running', 'done', 'cancelled') OR NEW.target_kind NOT IN ('All', 'Instansi', 'NotPledged', 'Roster')
                 OR (NEW.target_zone IS NOT NULL AND NEW.target_zone NOT IN ('WIB', 'WITA', 'WIT'))
            BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: broadcast_jobs.status, target_kind or target_zone'); END;
            """),
        // Version 14 (issue 14, the Pertanyaan page). Self-contained: new tables only.
        (14, "question_triage", """
            -- Phrasings a super admin attached to a knowledge-base entry from the question log: merged into the index at
            -- once, listed by `kb export --json` to be copied into content/faq-id.md. phrasing_key (PhraseNormalizer) is
            -- unique: one wording leads to one entry. The text is the question log's, personal data already scrubbed.
            CREATE TABLE kb_phrasings (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                entry_id TEXT NOT NULL,
                phrasing TEXT NOT NULL,
                phrasing_key TEXT NOT NULL UNIQUE,
                attached_by TEXT NOT NULL,
                attached_at TEXT NOT NULL
            );

            -- Logged wordings (normalized, PhraseNormalizer) that are dealt with: attached to an entry or out of scope.
            -- They leave the open list on the dashboard; the question log itself is untouched (and expires as before).
            CREATE TABLE question_dispositions (
                question_key TEXT PRIMARY KEY,
                disposition TEXT NOT NULL CHECK (disposition IN ('attached', 'out_of_scope')),
                entry_id TEXT NULL,
                decided_by TEXT NOT NULL,
                decided_at TEXT NOT NULL
            );
            """),
        // Version 15 (h14s; 14 and 16+ belong to other changes). Self-contained: reads subscribers (versions 1 and 3) only.
        (15, "channel_counts_data_protection", """
            -- Subscribers per channel, reachability and opt-out, kept exact by the triggers below in the same transaction as
            -- every change to subscribers (like migration 5's counters), and filled from the existing rows here. The
            -- dashboard's "subscribers per channel" grouped 1.2 million rows on every request (~270 ms on 2 cores) and
            -- /statistik counted the active ones (~50 ms); both now read at most four rows per channel.
            CREATE TABLE stats_channel_subscribers (
                channel TEXT NOT NULL,
                is_active INTEGER NOT NULL,
                opted_out INTEGER NOT NULL,
                subscribers INTEGER NOT NULL,
                PRIMARY KEY (channel, is_active, opted_out)
            );
            INSERT INTO stats_channel_subscribers(channel, is_active, opted_out, subscribers)
                SELECT channel, is_active, opted_out_at IS NOT NULL, COUNT(*) FROM subscribers GROUP BY 1, 2, 3;
            CREATE TRIGGER trg_stats_channel_insert AFTER INSERT ON subscribers
            BEGIN
                INSERT INTO stats_channel_subscribers(channel, is_active, opted_out, subscribers) VALUES (NEW.channel, NEW.is_active, NEW.opted_out_at IS NOT NULL, 1)
                    ON CONFLICT(channel, is_active, opted_out) DO UPDATE SET subscribers = subscribers + 1;
            END;
            CREATE TRIGGER trg_stats_channel_delete AFTER DELETE ON subscribers
            BEGIN
                UPDATE stats_channel_subscribers SET subscribers = subscribers - 1
                    WHERE channel = OLD.channel AND is_active = OLD.is_active AND opted_out = (OLD.opted_out_at IS NOT NULL);
            END;
            -- Only a change of the counted key moves a count: TouchAsync's upsert of last_seen_at leaves them be.
            CREATE TRIGGER trg_stats_channel_update AFTER UPDATE OF channel, is_active, opted_out_at ON subscribers
            WHEN OLD.channel IS NOT NEW.channel OR OLD.is_active IS NOT NEW.is_active OR (OLD.opted_out_at IS NULL) IS NOT (NEW.opted_out_at IS NULL)
            BEGIN
                UPDATE stats_channel_subscribers SET subscribers = subscribers - 1
                    WHERE channel = OLD.channel AND is_active = OLD.is_active AND opted_out = (OLD.opted_out_at IS NOT NULL);
                INSERT INTO stats_channel_subscribers(channel, is_active, opted_out, subscribers) VALUES (NEW.channel, NEW.is_active, NEW.opted_out_at IS NOT NULL, 1)
                    ON CONFLICT(channel, is_active, opted_out) DO UPDATE SET subscribers = subscribers + 1;
            END;

            -- ASP.NET Core Data Protection's key ring (the keys that sign the dashboard's session and anti-forgery cookies),
            -- one XML element per key as the framework stores it: every instance on this database reads the same keys.
            CREATE TABLE data_protection_keys (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                friendly_name TEXT NULL,
                xml TEXT NOT NULL,
                stored_at TEXT NOT NULL
            );
            """),
    ];
}
