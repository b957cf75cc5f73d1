using System.Globalization;
using NetralBot.Bot.Access;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Channels;
using NetralBot.Bot.Channels.Telegram;
using NetralBot.Bot.Channels.WhatsApp;
using NetralBot.Bot.Common;
using NetralBot.Bot.Conversation;
using NetralBot.Bot.Pledges;
using NetralBot.Bot.Storage;
using NetralBot.Bot.Subscribers;
using NetralBot.Knowledge.Calendar;

namespace NetralBot.Bot.Tests.Storage;

/// <summary>
/// The one contract of the stores, run against each provider by a subclass (<see cref="SqliteStoreContractTests"/>,
/// <see cref="PostgresStoreContractTests"/>): every store method, with the scenarios the SQLite tests established.
/// </summary>
public abstract class StoreContractTests
{
    private const string Election = "uji-2029";
    private const string Earlier = "uji-2024";
    private static readonly DateTimeOffset Now = new(2029, 2, 1, 8, 0, 0, TimeSpan.Zero);
    private int _receipt;

    /// <summary>The stores over a database of their own, freshly migrated and empty.</summary>
    private protected abstract Task<StoreSet> OpenAsync();

    /// <summary>
    /// Runs a statement the store API has no method for (editing or deleting a pledge, deleting a subscriber) on the
    /// database <see cref="OpenAsync"/> last opened, so the statistics triggers for those changes are tested too.
    /// </summary>
    private protected abstract Task ExecuteSqlAsync(string sql);

    /// <summary>The database <see cref="OpenAsync"/> last opened, for stores the set does not carry.</summary>
    private protected abstract StoreDatabase CurrentDatabase { get; }

    [StoreFact]
    public async Task A_correction_is_a_new_version_that_keeps_the_original_and_the_receipt_and_moves_the_statistics()
    {
        var stores = await OpenAsync();
        await stores.Subscribers.TouchAsync(Channel.Telegram, "1", "1", Now);
        await stores.Pledges.SaveAsync(NewPledge("1", Election, "BKN", EmploymentStatus.Pns, "199001012020121001")); // NB-1
        await stores.Pledges.SaveAsync(NewPledge("2", Election, "BKN", EmploymentStatus.Pns, "199001012020121002")); // NB-2
        var corrections = (IPledgeCorrectionStore)stores.Pledges;

        var (outcome, corrected) = await corrections.CorrectAsync(
            new PledgeCorrection("NB-1", "Nama Baru", EmploymentStatus.Pppk, "199001012020121003", "Kemendagri", "Unit Baru", true, Now.AddHours(1)));

        Assert.Equal(PledgeCorrectionOutcome.Corrected, outcome);
        var stored = await stores.Pledges.FindByChannelUserAsync(Election, Channel.Telegram, "1");
        Assert.Equal(corrected, stored);
        Assert.Equal(("NB-1", "Nama Baru", "Kemendagri", 2, Now.AddHours(1), true), (stored!.ReceiptCode, stored.FullName, stored.Agency, stored.Version, stored.CorrectedAt, stored.AgencyUnlisted));
        Assert.Equal(Now, stored.PledgedAt);
        var original = Assert.Single(await corrections.ListVersionsAsync("NB-1"));
        Assert.Equal(
            (1, "Nama 1", EmploymentStatus.Pns, "199001012020121001", "BKN", "Unit", Now, Now.AddHours(1)),
            (original.Version, original.FullName, original.Status, original.Nip, original.Agency, original.WorkUnit, original.RecordedAt, original.ReplacedAt));
        Assert.Equal(2, (await stores.Pledges.ListAsync()).Count); // a version, not a second pledge
        Assert.Null(await stores.Pledges.FindByNipAsync(Election, "199001012020121001"));

        // Counted once, under the new agency and status; the account's subscriber moved with the pledge.
        var all = await stores.Statistics.GetAsync(Election, null);
        Assert.Equal([("BKN", 1L), ("KEMENDAGRI", 1L)], all.ByAgency.Select(g => (g.Name.ToUpperInvariant(), g.Count)).OrderBy(g => g.Item1));
        Assert.Equal([("PNS", 1L), ("PPPK", 1L)], all.ByStatus);
        Assert.Equal(1, all.PledgedSubscribers);
        Assert.Equal((1L, 1L), ((await stores.Statistics.GetAsync(Election, "kemendagri")) is var k ? (k.Pledges, k.PledgedSubscribers) : default));
        Assert.Equal((1L, 0L), ((await stores.Statistics.GetAsync(Election, "BKN")) is var b ? (b.Pledges, b.PledgedSubscribers) : default));

        // A second correction keeps both earlier versions; a NIP of another pledge changes nothing.
        await corrections.CorrectAsync(new PledgeCorrection("NB-1", "Nama Baru", EmploymentStatus.Pppk, "199001012020121003", "BKN", "Unit Baru", false, Now.AddHours(2)));
        Assert.Equal([1, 2], (await corrections.ListVersionsAsync("NB-1")).Select(v => v.Version));
        Assert.Equal(Now.AddHours(1), (await corrections.ListVersionsAsync("NB-1"))[1].RecordedAt);
        var (taken, _) = await corrections.CorrectAsync(new PledgeCorrection("NB-1", "X", EmploymentStatus.Pns, "199001012020121002", "BKN", "Unit", false, Now.AddHours(3)));
        Assert.Equal(PledgeCorrectionOutcome.NipTaken, taken);
        Assert.Equal(3, (await stores.Pledges.FindByChannelUserAsync(Election, Channel.Telegram, "1"))!.Version);
        Assert.Equal(PledgeCorrectionOutcome.NotFound, (await corrections.CorrectAsync(new PledgeCorrection("NB-9", "X", EmploymentStatus.NonAsn, null, "BKN", "Unit", false, Now))).Outcome);
        Assert.Equal(2, (await stores.Statistics.GetAsync(Election, "bkn")).Pledges);

        var audit = (await stores.Audit.ListAsync(10)).Where(e => e.Action == "pledge.correct").ToList();
        Assert.Equal(["NB-1 v3", "NB-1 v2"], audit.Select(e => e.Target));
        Assert.All(audit, e => Assert.Equal("pemilik-ikrar", e.Actor));
    }

    [StoreFact]
    public async Task Erasure_and_retention_keep_the_evidence_without_name_nip_or_account()
    {
        var stores = await OpenAsync();
        var personal = new NetralBot.Bot.Storage.PersonalDataStore(CurrentDatabase);
        await stores.Subscribers.TouchAsync(Channel.Telegram, "1", "1", Now);
        await stores.Subscribers.SetTimeZoneAsync(Channel.Telegram, "1", "1", Now, IndonesianTimeZone.Wita);
        await stores.Subscribers.TouchAsync(Channel.Telegram, "2", "2", Now);
        await stores.Dialogs.SaveAsync(Channel.Telegram, "1", new DialogState("pledge", "{}"), Now);
        await stores.Pledges.SaveAsync(NewPledge("1", Election, "BKN", EmploymentStatus.Pns, "199001012020121001")); // NB-1
        await ((IPledgeCorrectionStore)stores.Pledges).CorrectAsync(
            new PledgeCorrection("NB-1", "Nama Ralat", EmploymentStatus.Pns, "199001012020121001", "BKN", "Unit", false, Now.AddHours(1)));
        await stores.Pledges.SaveAsync(NewPledge("2", Election, "Kemendagri", EmploymentStatus.NonAsn) with { PledgedAt = Now.AddDays(-800) }); // NB-2
        await stores.Pledges.SaveAsync(NewPledge("3", Election, "Kemendagri", EmploymentStatus.Pns, "199001012020121003") with { PledgedAt = Now.AddDays(-100) }); // NB-3
        Assert.Single(await personal.ListPledgesAsync(Channel.Telegram, "1"));

        var result = await personal.EraseAsync(Channel.Telegram, "1", nip => "hash-" + nip.Length, Now.AddHours(2));

        Assert.Equal((1, "NB-1"), (result.PledgesAnonymised, result.ReceiptCodes.Single()));
        Assert.Null(await stores.Pledges.FindByChannelUserAsync(Election, Channel.Telegram, "1"));
        Assert.Null(await stores.Pledges.FindByNipAsync(Election, "199001012020121001"));
        Assert.Null(await stores.Subscribers.FindAsync(Channel.Telegram, "1"));
        Assert.Null(await stores.Dialogs.LoadAsync(Channel.Telegram, "1"));
        Assert.NotNull(await stores.Subscribers.FindAsync(Channel.Telegram, "2"));
        var kept = (await stores.Pledges.ListAsync()).Single(p => p.ReceiptCode == "NB-1");
        Assert.Equal(("", null, "BKN", "Unit", EmploymentStatus.Pns, Now, Now.AddHours(2)), (kept.FullName, kept.Nip, kept.Agency, kept.WorkUnit, kept.Status, kept.PledgedAt, kept.AnonymisedAt));
        Assert.DoesNotContain("1", kept.ChannelUserId.Split(':')[0]);
        Assert.All(await ((IPledgeCorrectionStore)stores.Pledges).ListVersionsAsync("NB-1"), v => Assert.Equal(("", null), (v.FullName, v.Nip)));
        // Still evidence in the statistics, no longer a pledged subscriber.
        var all = await stores.Statistics.GetAsync(Election, null);
        Assert.Equal((3L, 1L), (all.Pledges, all.PledgedSubscribers));
        Assert.Contains(await stores.Audit.ListAsync(5), e => e.Action == "privacy.erase" && e.Target == "NB-1" && e.Actor == "pemilik-data");

        // Retention: only the pledge older than the period, once.
        Assert.Equal(1, await personal.AnonymiseExpiredPledgesAsync(Now.AddDays(-730), nip => null, Now));
        Assert.Equal(0, await personal.AnonymiseExpiredPledgesAsync(Now.AddDays(-730), nip => null, Now));
        var pledges = await stores.Pledges.ListAsync();
        Assert.Equal(("", "dihapus:NB-2"), pledges.Where(p => p.ReceiptCode == "NB-2").Select(p => (p.FullName, p.ChannelUserId)).Single());
        Assert.Equal("Nama 3", pledges.Single(p => p.ReceiptCode == "NB-3").FullName);
        Assert.Equal(3, (await stores.Statistics.GetAsync(Election, null)).Pledges);
        Assert.Equal(0, (await stores.Statistics.GetAsync(Election, null)).PledgedSubscribers);
    }

    [StoreFact]
    public async Task Update_ids_are_marked_once_per_channel_unmarked_and_pruned_by_age()
    {
        var store = (await OpenAsync()).Updates;
        Assert.True(await store.TryMarkAsync(Channel.Telegram, 1, Now.AddDays(-40)));
        Assert.False(await store.TryMarkAsync(Channel.Telegram, 1, Now));
        Assert.True(await store.TryMarkAsync(Channel.WhatsApp, 1, Now));
        Assert.True(await store.TryMarkAsync(Channel.Telegram, long.MaxValue, Now));

        Assert.Equal(1, await store.PruneAsync(Now.AddDays(-30)));
        Assert.True(await store.TryMarkAsync(Channel.Telegram, 1, Now));
        await store.UnmarkAsync(Channel.Telegram, 1);
        Assert.True(await store.TryMarkAsync(Channel.Telegram, 1, Now));
    }

    [StoreFact]
    public async Task Message_ids_are_marked_once_per_channel_kept_past_meta_s_retry_horizon_and_pruned_later()
    {
        var store = (await OpenAsync()).Messages;
        Assert.True(await store.TryMarkAsync(Channel.WhatsApp, "wamid.A", Now.AddDays(-8)));
        Assert.False(await store.TryMarkAsync(Channel.WhatsApp, "wamid.A", Now));
        Assert.True(await store.TryMarkAsync(Channel.Telegram, "wamid.A", Now.AddDays(-40)));

        Assert.Equal(1, await store.PruneAsync(Now - ProcessedIdPruningService.Retention));
        Assert.False(await store.TryMarkAsync(Channel.WhatsApp, "wamid.A", Now)); // 8 days old: still remembered
        await store.UnmarkAsync(Channel.WhatsApp, "wamid.A");
        Assert.True(await store.TryMarkAsync(Channel.WhatsApp, "wamid.A", Now));
    }

    [StoreFact]
    public async Task A_message_recorded_under_its_legacy_id_counts_as_marked_and_a_legacy_id_is_only_looked_up()
    {
        var store = (await OpenAsync()).Messages;
        Assert.True(await store.TryMarkAsync(Channel.WhatsApp, "wamid.RAW", Now.AddDays(-1))); // stored raw, before digests
        Assert.False(await store.TryMarkAsync(Channel.WhatsApp, "digest-of-raw", Now, legacyId: "wamid.RAW"));
        Assert.True(await store.TryMarkAsync(Channel.Telegram, "digest-of-raw", Now, legacyId: "wamid.RAW")); // per channel

        Assert.True(await store.TryMarkAsync(Channel.WhatsApp, "digest-of-new", Now, legacyId: "wamid.NEW"));
        Assert.False(await store.TryMarkAsync(Channel.WhatsApp, "digest-of-new", Now, legacyId: "wamid.NEW"));
        Assert.True(await store.TryMarkAsync(Channel.WhatsApp, "wamid.NEW", Now)); // the legacy id was not stored
    }

    [StoreFact]
    public async Task Inbox_keeps_raw_bytes_in_order_counts_failures_and_stops_taking_a_poisoned_payload()
    {
        var inbox = (await OpenAsync()).Inbox;
        byte[] first = [0x7B, 0x00, 0xFF, 0x7D];
        var a = await inbox.AddAsync(first, Now);
        var b = await inbox.AddAsync("{}"u8.ToArray(), Now.AddSeconds(1));
        var c = await inbox.AddAsync("{}"u8.ToArray(), Now.AddSeconds(2));
        var pending = await inbox.PendingAsync(10);
        Assert.Equal([a, b, c], pending.Select(p => p.Id));
        Assert.Equal(first, pending[0].Payload);
        Assert.Equal(Now, pending[0].ReceivedAt);
        Assert.Equal([a, b], (await inbox.PendingAsync(2)).Select(p => p.Id));

        await inbox.CompleteAsync(b);
        for (var i = 0; i < IWhatsAppInbox.MaxAttempts - 1; i++)
        {
            await inbox.FailAsync(a, "boom");
        }

        Assert.Equal(IWhatsAppInbox.MaxAttempts - 1, (await inbox.PendingAsync(10))[0].Attempts);
        await inbox.FailAsync(a, "boom");
        Assert.Equal([c], (await inbox.PendingAsync(10)).Select(p => p.Id));
    }

    [StoreFact]
    public async Task Telegram_inbox_stores_an_update_id_once_keeps_order_completes_and_parks_after_the_last_attempt()
    {
        var inbox = (await OpenAsync()).TelegramInbox;
        TelegramInboxEntry Entry(long updateId, string chat) => new(updateId, chat, [0x7B, (byte)updateId, 0x7D], Now);

        Assert.Equal(2, await inbox.AddAsync([Entry(101, "1"), Entry(102, "2"), Entry(101, "1")]));
        var added = await Task.WhenAll(Enumerable.Range(103, 20).Select(id => inbox.AddAsync([Entry(id, "3")]))); // group-committed together
        Assert.All(added, count => Assert.Equal(1, count));
        Assert.Equal(0, await inbox.AddAsync([Entry(102, "2")])); // a redelivery

        var pending = await inbox.PendingAsync(0, 100);
        Assert.Equal(Enumerable.Range(101, 22).Select(i => (long)i), pending.Select(p => p.UpdateId));
        Assert.Equal([0x7B, 101, 0x7D], pending[0].Payload);
        Assert.Equal(("1", 0), (pending[0].ChatKey, pending[0].Attempts));
        Assert.Equal([pending[2].Id], (await inbox.PendingAsync(pending[1].Id, 1)).Select(p => p.Id));

        await inbox.CompleteAsync(pending[1].Id);
        for (var attempt = 1; attempt < ITelegramInbox.MaxAttempts; attempt++)
        {
            Assert.False(await inbox.FailAsync(pending[0].Id, "JsonException"));
        }

        Assert.True(await inbox.FailAsync(pending[0].Id, "JsonException"));
        var left = await inbox.PendingAsync(0, 100);
        Assert.Equal(20, left.Count);
        Assert.DoesNotContain(left, p => p.UpdateId is 101 or 102);
        Assert.Equal(0, await inbox.AddAsync([Entry(101, "1")])); // still remembered after it was parked
    }

    [StoreFact]
    public async Task Undeliverable_failures_count_up_per_chat_and_reset()
    {
        var store = (await OpenAsync()).Failures;
        Assert.Equal(1, await store.RecordUndeliverableAsync("628", 131026, Now));
        Assert.Equal(2, await store.RecordUndeliverableAsync("628", 131026, Now));
        Assert.Equal(1, await store.RecordUndeliverableAsync("629", 131026, Now));
        await store.ResetAsync("628");
        await store.ResetAsync("unknown");
        Assert.Equal(1, await store.RecordUndeliverableAsync("628", 131026, Now));
        Assert.Equal(2, await store.RecordUndeliverableAsync("629", 131049, Now));
    }

    [StoreFact]
    public async Task A_pledge_is_unique_per_nip_or_per_account_without_nip_within_an_election_and_reads_back_whole()
    {
        var store = (await OpenAsync()).Pledges;
        var pns = NewPledge("1", Election, "BKN", EmploymentStatus.Pns, "199001012020121001") with { PledgedAt = new DateTimeOffset(2029, 2, 1, 15, 30, 0, TimeSpan.FromHours(7)) };
        Assert.True((await store.SaveAsync(pns)).Created);

        // The same NIP from another account: the first pledge stands and is returned.
        var again = await store.SaveAsync(NewPledge("2", Election, "Kemenkeu", EmploymentStatus.Pns, "199001012020121001"));
        Assert.False(again.Created);
        Assert.Equal(pns.ReceiptCode, again.Pledge.ReceiptCode);
        Assert.Equal(pns.PledgedAt, again.Pledge.PledgedAt);

        var nonAsn = NewPledge("3", Election, "Kemendagri", EmploymentStatus.NonAsn);
        Assert.True((await store.SaveAsync(nonAsn)).Created);
        Assert.False((await store.SaveAsync(NewPledge("3", Election, "BKN", EmploymentStatus.NonAsn))).Created);
        Assert.True((await store.SaveAsync(NewPledge("3", Earlier, "BKN", EmploymentStatus.NonAsn))).Created); // another election
        Assert.True((await store.SaveAsync(NewPledge("1", Election, "BKN", EmploymentStatus.Pppk, "199001012020121002"))).Created); // a second NIP, same account

        Assert.Equal(pns, await store.FindByNipAsync(Election, "199001012020121001"));
        Assert.Null(await store.FindByNipAsync(Earlier, "199001012020121001"));
        Assert.Equal(nonAsn, await store.FindByChannelUserAsync(Election, Channel.Telegram, "3"));
        Assert.Equal("199001012020121002", (await store.FindByChannelUserAsync(Election, Channel.Telegram, "1"))!.Nip); // the latest
        Assert.Null(await store.FindByChannelUserAsync(Election, Channel.WhatsApp, "3"));
        Assert.Equal(["NB-1", "NB-3", "NB-5", "NB-6"], (await store.ListAsync()).Select(p => p.ReceiptCode));

        // A receipt-code collision is not a duplicate person: it must not be swallowed.
        await Assert.ThrowsAnyAsync<Exception>(() => store.SaveAsync(NewPledge("9", Election, "BKN", EmploymentStatus.NonAsn) with { ReceiptCode = "NB-1" }));
    }

    [StoreFact]
    public async Task Concurrent_saves_of_one_person_create_one_pledge()
    {
        var store = (await OpenAsync()).Pledges;
        var saves = Enumerable.Range(0, 8).Select(i => store.SaveAsync(NewPledge("5", Election, "BKN", EmploymentStatus.NonAsn)));
        var results = await Task.WhenAll(saves);
        Assert.Single(results, r => r.Created);
        Assert.Single(await store.ListAsync());
    }

    [StoreFact]
    public async Task Dialog_states_are_saved_per_user_overwritten_and_cleared()
    {
        var store = (await OpenAsync()).Dialogs;
        Assert.Null(await store.LoadAsync(Channel.Telegram, "1"));
        await store.SaveAsync(Channel.Telegram, "1", new DialogState("pledge", "{\"step\":1}"), Now);
        await store.SaveAsync(Channel.WhatsApp, "1", new DialogState("admin", "{}"), Now);
        await store.SaveAsync(Channel.Telegram, "1", new DialogState("pledge", "{\"step\":2}"), Now.AddMinutes(1));
        Assert.Equal(new DialogState("pledge", "{\"step\":2}"), await store.LoadAsync(Channel.Telegram, "1"));
        await store.ClearAsync(Channel.Telegram, "1");
        Assert.Null(await store.LoadAsync(Channel.Telegram, "1"));
        Assert.Equal(new DialogState("admin", "{}"), await store.LoadAsync(Channel.WhatsApp, "1"));
    }

    [StoreFact]
    public async Task The_audit_log_lists_newest_first_up_to_the_limit()
    {
        var audit = (await OpenAsync()).Audit;
        for (var i = 1; i <= 3; i++)
        {
            await audit.WriteAsync(new AuditEntry("admin" + i, "broadcast", "all", i * 1000L, Now.AddMinutes(i)));
        }

        var entries = await audit.ListAsync(2);
        Assert.Equal([new AuditEntry("admin3", "broadcast", "all", 3000, Now.AddMinutes(3)), new AuditEntry("admin2", "broadcast", "all", 2000, Now.AddMinutes(2))], entries);
    }

    [StoreFact]
    public async Task Subscribers_keep_a_block_apart_from_an_opt_out_and_keep_their_zone()
    {
        var store = (await OpenAsync()).Subscribers;
        Assert.Null(await store.FindAsync(Channel.Telegram, "1"));
        await store.TouchAsync(Channel.Telegram, "1", "u1", Now);
        Assert.Equal(new Subscriber(Channel.Telegram, "1", "u1", true, Now, null), await store.FindAsync(Channel.Telegram, "1"));

        // Last-seen to the minute: a touch within it writes nothing.
        await store.TouchAsync(Channel.Telegram, "1", "u1", Now.AddSeconds(30));
        Assert.Equal(Now, (await store.FindAsync(Channel.Telegram, "1"))!.LastSeenAt);

        await store.MarkInactiveAsync(Channel.Telegram, "1", "Forbidden: bot was blocked by the user");
        var blocked = await store.FindAsync(Channel.Telegram, "1");
        Assert.False(blocked!.IsActive);
        Assert.Equal("Forbidden: bot was blocked by the user", blocked.InactiveReason);

        Assert.True(await store.SetOptedOutAsync(Channel.Telegram, "1", "u1", Now, Now.AddMinutes(1)));
        Assert.False(await store.SetOptedOutAsync(Channel.Telegram, "1", "u1", Now, Now.AddMinutes(2))); // already opted out
        await store.TouchAsync(Channel.Telegram, "1", "u1", Now.AddSeconds(40)); // writing again undoes the block only
        var back = await store.FindAsync(Channel.Telegram, "1");
        Assert.True(back!.IsActive);
        Assert.Null(back.InactiveReason);
        Assert.Equal(Now.AddMinutes(1), back.OptedOutAt);
        Assert.False(back.ReceivesBroadcasts);
        Assert.True(await store.SetOptedOutAsync(Channel.Telegram, "1", "u1", Now, null));
        Assert.False(await store.SetOptedOutAsync(Channel.Telegram, "1", "u1", Now, null));
        Assert.True((await store.FindAsync(Channel.Telegram, "1"))!.ReceivesBroadcasts);

        // Opt-out and zone of someone never seen create the row.
        Assert.True(await store.SetOptedOutAsync(Channel.WhatsApp, "628", "628", Now, Now));
        Assert.False((await store.FindAsync(Channel.WhatsApp, "628"))!.ReceivesBroadcasts);
        await store.SetTimeZoneAsync(Channel.Telegram, "2", "u2", Now, IndonesianTimeZone.Wita);
        await store.SetTimeZoneAsync(Channel.Telegram, "2", "u2", Now, IndonesianTimeZone.Wit);
        Assert.Equal(IndonesianTimeZone.Wit, (await store.FindAsync(Channel.Telegram, "2"))!.TimeZone);
        Assert.Null((await store.FindAsync(Channel.Telegram, "1"))!.TimeZone);
    }

    [StoreFact]
    public async Task Recipients_are_active_not_opted_out_in_the_target_zone_agency_or_without_pledge()
    {
        var stores = await OpenAsync();
        for (var user = 1; user <= 6; user++)
        {
            var id = user.ToString(CultureInfo.InvariantCulture);
            await stores.Subscribers.TouchAsync(Channel.Telegram, id, id, Now);
        }

        await stores.Subscribers.MarkInactiveAsync(Channel.Telegram, "5", "blocked");
        await stores.Subscribers.SetOptedOutAsync(Channel.Telegram, "6", "6", Now, Now);
        await stores.Subscribers.SetTimeZoneAsync(Channel.Telegram, "2", "2", Now, IndonesianTimeZone.Wita);
        await stores.Subscribers.SetTimeZoneAsync(Channel.Telegram, "3", "3", Now, IndonesianTimeZone.Wib);
        await stores.Pledges.SaveAsync(NewPledge("1", Election, "Kemenkeu", EmploymentStatus.NonAsn));
        await stores.Pledges.SaveAsync(NewPledge("1", Earlier, "BKN", EmploymentStatus.NonAsn) with { PledgedAt = Now.AddDays(-1) });
        await stores.Pledges.SaveAsync(NewPledge("2", Election, "bkn", EmploymentStatus.NonAsn));

        var broadcasts = stores.Broadcasts;
        Assert.Equal(4, await broadcasts.CountRecipientsAsync(BroadcastTarget.All, Election));
        Assert.Equal(2, await broadcasts.CountRecipientsAsync(BroadcastTarget.NotPledged, Election));
        Assert.Equal(3, await broadcasts.CountRecipientsAsync(BroadcastTarget.NotPledged, Earlier));
        // The agency of a subscriber is the one of their latest pledge (user 1: BKN, saved last), compared case-insensitively.
        Assert.Equal(2, await broadcasts.CountRecipientsAsync(BroadcastTarget.ForAgency("BKN"), Election));
        Assert.Equal(0, await broadcasts.CountRecipientsAsync(BroadcastTarget.ForAgency("kemenkeu"), Election));
        Assert.Equal(3, await broadcasts.CountRecipientsAsync(BroadcastTarget.All with { Zone = IndonesianTimeZone.Wib }, Election));
        Assert.Equal(1, await broadcasts.CountRecipientsAsync(BroadcastTarget.All with { Zone = IndonesianTimeZone.Wita }, Election));
        Assert.Equal(0, await broadcasts.CountRecipientsAsync(BroadcastTarget.All with { Zone = IndonesianTimeZone.Wit }, Election));

        var (jobId, recipients) = await broadcasts.CreateAsync("Halo", BroadcastTarget.NotPledged with { Zone = IndonesianTimeZone.Wib }, Election, "admin", Now, Now, "h-1");
        Assert.Equal(2, recipients);
        Assert.Equal(["3", "4"], (await broadcasts.PendingAsync(jobId, 0, 10)).Select(p => p.ChatId));
        var job = await broadcasts.FindAsync(jobId);
        Assert.Equal(new BroadcastJob(jobId, "Halo", BroadcastTarget.NotPledged with { Zone = IndonesianTimeZone.Wib }, "admin", Now, Now, BroadcastJobStatus.Queued, null, null, "h-1"), job);
    }

    [StoreFact]
    public async Task A_job_runs_through_queue_start_deliveries_late_failures_and_done()
    {
        var stores = await OpenAsync();
        foreach (var chat in new[] { "1", "2", "3" })
        {
            await stores.Subscribers.TouchAsync(Channel.Telegram, chat, chat, Now);
        }

        await stores.Subscribers.TouchAsync(Channel.WhatsApp, "628", "628", Now);
        var broadcasts = stores.Broadcasts;

        // For later: only an estimate now, the rows are taken when it starts (and include who subscribed meanwhile).
        var (later, estimate) = await broadcasts.CreateAsync("Nanti", BroadcastTarget.All, Election, "admin", Now, Now.AddHours(2), null);
        var (cancelled, _) = await broadcasts.CreateAsync("Batal", BroadcastTarget.All, Election, "admin", Now, Now.AddHours(1), null);
        Assert.Equal(4, estimate);
        Assert.Empty(await broadcasts.PendingAsync(later, 0, 10));
        Assert.Equal([cancelled, later], (await broadcasts.ListQueuedAsync()).Select(j => j.Id));
        Assert.True(await broadcasts.CancelAsync(cancelled, Now));
        Assert.False(await broadcasts.CancelAsync(cancelled, Now));
        Assert.False(await broadcasts.CancelAsync(999, Now));
        Assert.Null(await broadcasts.NextDueAsync(Now.AddHours(1)));
        await stores.Subscribers.TouchAsync(Channel.Telegram, "4", "4", Now.AddHours(1));

        var due = await broadcasts.NextDueAsync(Now.AddHours(2));
        Assert.Equal(later, due!.Id);
        await broadcasts.MarkStartedAsync(later, Now.AddHours(2));
        await broadcasts.MarkStartedAsync(later, Now.AddHours(3)); // a restart: no second snapshot, start time kept
        var rows = await broadcasts.PendingAsync(later, 0, 10);
        Assert.Equal(5, rows.Count);
        Assert.Equal(rows.OrderBy(r => r.Id), rows);
        Assert.Equal(rows.Skip(2).Select(r => r.Id), (await broadcasts.PendingAsync(later, rows[1].Id, 10)).Select(r => r.Id));
        var started = await broadcasts.FindAsync(later);
        Assert.Equal(BroadcastJobStatus.Running, started!.Status);
        Assert.Equal(Now.AddHours(2), started.StartedAt);
        Assert.False(await broadcasts.CancelAsync(later, Now)); // running

        // An immediate job queued meanwhile waits: the running one is finished first.
        var (now, _) = await broadcasts.CreateAsync("Sekarang", BroadcastTarget.All, Election, "admin", Now.AddHours(2), Now.AddHours(2), null);
        Assert.Equal(later, (await broadcasts.NextDueAsync(Now.AddHours(3)))!.Id);

        var byChat = rows.ToDictionary(r => r.ChatId, r => r.Id);
        await broadcasts.MarkDeliveryAsync(byChat["1"], DeliveryStatus.Sent, null, Now.AddHours(2));
        await broadcasts.MarkDeliveryAsync(byChat["2"], DeliveryStatus.Blocked, "Forbidden", Now.AddHours(2));
        await broadcasts.MarkDeliveryAsync(byChat["3"], DeliveryStatus.Failed, "Bad Request", Now.AddHours(2));
        await broadcasts.MarkDeliveryAsync(byChat["628"], DeliveryStatus.Sent, null, Now.AddHours(2), "wamid.A");
        Assert.Equal(new BroadcastCounts(1, 2, 1, 1, 0), await broadcasts.CountsAsync(later));
        Assert.Equal([byChat["4"]], (await broadcasts.PendingAsync(later, 0, 10)).Select(r => r.Id));

        // A late failure moves only a sent row of that channel and message id, and only once.
        Assert.False(await broadcasts.RecordLateFailureAsync(Channel.Telegram, "wamid.A", DeliveryStatus.Failed, "131026", Now.AddHours(3)));
        Assert.False(await broadcasts.RecordLateFailureAsync(Channel.WhatsApp, "wamid.unknown", DeliveryStatus.Failed, "131026", Now.AddHours(3)));
        Assert.True(await broadcasts.RecordLateFailureAsync(Channel.WhatsApp, "wamid.A", DeliveryStatus.OutsideWindow, "131047 Re-engagement message", Now.AddHours(3)));
        Assert.False(await broadcasts.RecordLateFailureAsync(Channel.WhatsApp, "wamid.A", DeliveryStatus.Failed, "131026", Now.AddHours(3)));
        Assert.Equal(new BroadcastCounts(1, 1, 1, 1, 1), await broadcasts.CountsAsync(later));

        await broadcasts.MarkDeliveryAsync(byChat["4"], DeliveryStatus.Sent, null, Now.AddHours(2));
        await broadcasts.MarkDoneAsync(later, Now.AddHours(4));
        var done = await broadcasts.FindAsync(later);
        Assert.Equal((BroadcastJobStatus.Done, (DateTimeOffset?)Now.AddHours(4)), (done!.Status, done.FinishedAt));
        Assert.Equal(now, (await broadcasts.NextDueAsync(Now.AddHours(4)))!.Id);
        Assert.Equal(BroadcastJobStatus.Cancelled, (await broadcasts.FindAsync(cancelled))!.Status);
        Assert.Null(await broadcasts.FindAsync(999));
    }

    [StoreFact]
    public async Task Statistics_count_per_agency_and_status_and_pledged_subscribers_and_follow_changes()
    {
        var stores = await OpenAsync();
        for (var user = 1; user <= 7; user++)
        {
            var id = user.ToString(CultureInfo.InvariantCulture);
            await stores.Subscribers.TouchAsync(Channel.Telegram, id, id, Now);
        }

        await stores.Subscribers.MarkInactiveAsync(Channel.Telegram, "7", "Forbidden: bot was blocked by the user");
        await stores.Pledges.SaveAsync(NewPledge("1", Election, "BKN", EmploymentStatus.Pns, "199001012020121001"));
        await stores.Pledges.SaveAsync(NewPledge("1", Election, "BKN", EmploymentStatus.Pns, "199001012020121002")); // same account, second NIP
        await stores.Pledges.SaveAsync(NewPledge("2", Election, "bkn", EmploymentStatus.Pppk, "199001012020121003"));
        await stores.Pledges.SaveAsync(NewPledge("3", Election, "Kemendagri", EmploymentStatus.NonAsn));
        await stores.Pledges.SaveAsync(NewPledge("7", Election, "Kemendagri", EmploymentStatus.Pns, "199001012020121004"));
        await stores.Pledges.SaveAsync(NewPledge("8", Election, "BKN", EmploymentStatus.NonAsn));
        await stores.Pledges.SaveAsync(NewPledge("4", Earlier, "BKN", EmploymentStatus.NonAsn));

        var statistics = stores.Statistics;
        var all = await statistics.GetAsync(Election, null);
        Assert.Equal(6, all.Pledges);
        Assert.Equal([("BKN", 4L), ("KEMENDAGRI", 2L)], all.ByAgency.Select(g => (g.Name.ToUpperInvariant(), g.Count)));
        Assert.Equal([("Non-ASN", 2L), ("PNS", 3L), ("PPPK", 1L)], all.ByStatus);
        Assert.Equal(6, all.ActiveSubscribers); // users 1–6; 7 blocked the bot, 8 never wrote
        Assert.Equal(3, all.PledgedSubscribers); // users 1, 2, 3; user 1's two pledges count once
        var bkn = await statistics.GetAsync(Election, "bkn");
        Assert.Equal(4, bkn.Pledges);
        Assert.Equal([("Non-ASN", 1L), ("PNS", 2L), ("PPPK", 1L)], bkn.ByStatus);
        Assert.Equal(2, bkn.PledgedSubscribers);
        var none = await statistics.GetAsync("tanpa-ikrar", null);
        Assert.Equal((0L, 0, 0, 6L, 0L), (none.Pledges, none.ByAgency.Count, none.ByStatus.Count, none.ActiveSubscribers, none.PledgedSubscribers));
        Assert.Equal(0, (await statistics.GetAsync(Election, "Tidak Ada")).Pledges);

        await stores.Subscribers.MarkInactiveAsync(Channel.Telegram, "2", "Forbidden: bot was blocked by the user");
        await stores.Subscribers.TouchAsync(Channel.Telegram, "7", "7", Now); // back after a block
        await stores.Subscribers.TouchAsync(Channel.Telegram, "8", "8", Now); // a pledger who never subscribed now writes
        var after = await statistics.GetAsync(Election, null);
        Assert.Equal((7L, 4L), (after.ActiveSubscribers, after.PledgedSubscribers)); // 1, 3, 7, 8
        Assert.Equal(2, (await statistics.GetAsync(Election, "KEMENDAGRI")).PledgedSubscribers); // 3, 7

        // Every path of the aggregate triggers, with the numbers grouping the rows would give. The store API neither edits
        // nor deletes pledges, nor deletes subscribers, so those go in as SQL (the same on both providers).
        await stores.Pledges.SaveAsync(NewPledge("5", Election, "KEMENDAGRI", EmploymentStatus.Pppk, "199001012020121005")); // NB-8, another spelling
        await stores.Subscribers.TouchAsync(Channel.Telegram, "2", "2", Now); // blocked, now active again
        var kemendagri = await statistics.GetAsync(Election, "kemendagri");
        Assert.Equal((3L, 3L), (kemendagri.Pledges, kemendagri.PledgedSubscribers)); // 3, 5, 7
        Assert.Equal(3, (await statistics.GetAsync(Election, "Bkn")).PledgedSubscribers); // 1, 2, 8
        Assert.Equal(6, (await statistics.GetAsync(Election, null)).PledgedSubscribers); // 1, 2, 3, 5, 7, 8

        await ExecuteSqlAsync("UPDATE pledges SET agency = 'kemendagri', agency_key = 'kemendagri' WHERE receipt_code = 'NB-2'"); // user 1's second NIP moves
        await ExecuteSqlAsync("UPDATE pledges SET status = (SELECT status FROM pledges WHERE receipt_code = 'NB-1') WHERE receipt_code = 'NB-3'"); // PPPK to PNS
        await ExecuteSqlAsync("DELETE FROM pledges WHERE receipt_code = 'NB-1'"); // user 1 keeps only the Kemendagri pledge
        await ExecuteSqlAsync("UPDATE pledges SET channel_user_id = '6' WHERE receipt_code = 'NB-6'"); // user 8's pledge now user 6's
        await ExecuteSqlAsync("DELETE FROM subscribers WHERE user_id = '8'");
        await ExecuteSqlAsync("DELETE FROM pledges WHERE receipt_code = 'NB-7'"); // the earlier election's only pledge

        var end = await statistics.GetAsync(Election, null);
        Assert.Equal(6, end.Pledges);
        Assert.Equal([("KEMENDAGRI", 4L), ("BKN", 2L)], end.ByAgency.Select(g => (g.Name.ToUpperInvariant(), g.Count)));
        Assert.Equal([("Non-ASN", 2L), ("PNS", 3L), ("PPPK", 1L)], end.ByStatus);
        Assert.Equal((7L, 6L), (end.ActiveSubscribers, end.PledgedSubscribers)); // 1–7 active; 1, 2, 3, 5, 6, 7 pledged
        kemendagri = await statistics.GetAsync(Election, "KemenDagri");
        Assert.Equal((4L, 4L), (kemendagri.Pledges, kemendagri.PledgedSubscribers)); // 1, 3, 5, 7
        var bknEnd = await statistics.GetAsync(Election, "BKN");
        Assert.Equal((2L, 2L), (bknEnd.Pledges, bknEnd.PledgedSubscribers)); // 2, 6
        var earlier = await statistics.GetAsync(Earlier, null);
        Assert.Equal((0L, 0, 0, 0L), (earlier.Pledges, earlier.ByAgency.Count, earlier.ByStatus.Count, earlier.PledgedSubscribers));
    }

    [StoreFact]
    public async Task One_agency_in_any_case_width_or_spacing_is_one_group_and_one_broadcast_target()
    {
        var stores = await OpenAsync();
        var spellings = new[] { "DINAS PENDIDIKAN", "dinas pendidikan", "Ｄｉｎａｓ Ｐｅｎｄｉｄｉｋａｎ", " Dinas\u00A0 Pendidikan ", "DINAS KÉSEHATAN", "dinas késehatan" };
        for (var user = 1; user <= spellings.Length; user++)
        {
            var id = user.ToString(CultureInfo.InvariantCulture);
            await stores.Subscribers.TouchAsync(Channel.Telegram, id, id, Now);
            await stores.Pledges.SaveAsync(NewPledge(id, Election, spellings[user - 1], EmploymentStatus.NonAsn));
        }

        var all = await stores.Statistics.GetAsync(Election, null);
        Assert.Equal([4L, 2L], all.ByAgency.Select(g => g.Count));
        Assert.Equal(["dinas pendidikan", "dinas késehatan"], all.ByAgency.Select(g => AgencyKey.Of(g.Name))); // shown in one of its spellings
        foreach (var asked in new[] { "Dinas Pendidikan", "ｄｉｎａｓ　ｐｅｎｄｉｄｉｋａｎ" })
        {
            var one = await stores.Statistics.GetAsync(Election, asked);
            Assert.Equal((4L, 4L), (one.Pledges, one.PledgedSubscribers));
            Assert.Equal(4, await stores.Broadcasts.CountRecipientsAsync(BroadcastTarget.ForAgency(asked), Election));
        }

        Assert.Equal((2L, 2L), ((await stores.Statistics.GetAsync(Election, "Dinas Késehatan")).Pledges, (await stores.Statistics.GetAsync(Election, "DINAS KÉSEHATAN")).PledgedSubscribers));
        Assert.Equal(2, await stores.Broadcasts.CountRecipientsAsync(BroadcastTarget.ForAgency("DINAS KÉSEHATAN"), Election));
        Assert.Equal(0, await stores.Broadcasts.CountRecipientsAsync(BroadcastTarget.ForAgency("Dinas Kesehatan"), Election)); // no accent folding
    }

    [StoreFact]
    public async Task A_channel_is_stored_as_its_name_and_read_back_as_the_same_channel()
    {
        var stores = await OpenAsync();
        foreach (var channel in new[] { Channel.Telegram, Channel.WhatsApp, Channel.Console })
        {
            await stores.Subscribers.TouchAsync(channel, "7", "7", Now);
            await stores.Pledges.SaveAsync(NewPledge("7", Election, "BKN", EmploymentStatus.NonAsn) with { Channel = channel });
            await stores.Dialogs.SaveAsync(channel, "7", new DialogState("ikrar", "{}"), Now);
            Assert.Equal(channel, (await stores.Subscribers.FindAsync(channel, "7"))!.Channel);
            Assert.Equal(channel, (await stores.Pledges.FindByChannelUserAsync(Election, channel, "7"))!.Channel);
            Assert.NotNull(await stores.Dialogs.LoadAsync(channel, "7"));
        }

        // The stored text is what it was when channels were strings: no migration, old rows read the same.
        string[] names = ["console", "telegram", "whatsapp"];
        Assert.Equal(names, await CurrentDatabase.QueryAsync("SELECT channel FROM subscribers ORDER BY channel", null, r => r.GetString(0), CancellationToken.None));
        Assert.Equal(names, await CurrentDatabase.QueryAsync("SELECT channel FROM pledges ORDER BY channel", null, r => r.GetString(0), CancellationToken.None));

        // A row naming no channel of ours (written by a newer version, or edited by hand) fails loudly, naming the value.
        await ExecuteSqlAsync("UPDATE pledges SET channel = 'signal' WHERE channel = 'console'");
        var error = await Assert.ThrowsAsync<FormatException>(() => stores.Pledges.ListAsync());
        Assert.Contains("\"signal\"", error.Message, StringComparison.Ordinal);
    }

    private Pledge NewPledge(string user, string election, string agency, EmploymentStatus status, string? nip = null) =>
        new(election, "NB-" + (++_receipt).ToString(CultureInfo.InvariantCulture), "Nama " + user, status, nip, agency, "Unit", Channel.Telegram, user, "uji-1", "abc", Now);
}
