using Microsoft.Extensions.Logging;
using NetralBot.Bot.Common;
using NetralBot.Bot.Pledges;

namespace NetralBot.Bot.Privacy;

/// <summary>
/// Keeps the retention periods the privacy notice promises, at start and then every six hours, in the one process
/// that holds the <see cref="LeaseName"/> lease: pledges older than <c>Privacy:PledgeRetentionDays</c> lose name, NIP
/// and account (as <c>/hapusdata</c> does), and parked inbox payloads older than <c>Privacy:InboxPayloadRetentionDays</c>
/// are deleted.
/// </summary>
internal sealed class PersonalDataRetentionService(
    IPersonalDataStore store, INipHash nipHash, PledgeOptions pledgeOptions, PrivacyOptions options, IBackgroundLease leases, TimeProvider time, ILogger<PersonalDataRetentionService> logger)
    : LeasedPeriodicJob(LeaseName, "Retention run", Interval, TimeSpan.FromMinutes(10), leases, time, logger)
{
    /// <summary>The lease the retention process holds.</summary>
    public const string LeaseName = "privacy-retention";

    /// <summary>How often the periods are applied.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    /// <summary>Applies both retention periods once; returns the pledges anonymised and the payloads deleted.</summary>
    public async Task<(int Pledges, int Payloads)> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = Time.GetUtcNow();
        var pledges = await store.AnonymiseExpiredPledgesAsync(now - TimeSpan.FromDays(pledgeOptions.RetentionDays), nipHash.Hash, now, cancellationToken);
        var payloads = await store.DeleteParkedPayloadsAsync(now - TimeSpan.FromDays(options.InboxPayloadRetentionDays), cancellationToken);
        return (pledges, payloads);
    }

    /// <inheritdoc />
    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var (pledges, payloads) = await RunOnceAsync(cancellationToken);
        if (pledges + payloads > 0)
        {
            logger.LogInformation("Retention: {Pledges} pledges anonymised, {Payloads} parked payloads deleted", pledges, payloads);
        }
    }
}
