using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NetralBot.Bot.Common;

namespace NetralBot.Bot.Pledges.Agencies;

/// <summary>
/// Maps agency spellings stored before (or outside) the agency list to their canonical names, once at the start of
/// <c>serve</c> in the one process holding the <see cref="LeaseName"/> lease. A start-up step rather than a migration:
/// the list is a content file that admins edit, so the mapping follows each new version of it. Only certain matches
/// (a listed spelling after normalisation) are renamed; a merely close spelling could be another agency.
/// </summary>
internal sealed class AgencyListApplier(
    AgencyListSource agencies, IPledgeCorrectionStore pledges, IBackgroundLease leases, TimeProvider time, ILogger<AgencyListApplier> logger) : BackgroundService
{
    /// <summary>The lease of the process that renames.</summary>
    public const string LeaseName = "agency-list";

    /// <summary>Renames every stored spelling that is certainly a listed agency; returns the pledges renamed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        if (agencies.Current is not { } list)
        {
            return 0;
        }

        var renamed = 0;
        foreach (var stored in await pledges.ListAgenciesAsync(cancellationToken))
        {
            var match = list.Match(stored);
            if (match is { Kind: AgencyMatchKind.Certain, Canonical: { } canonical } && !string.Equals(stored, canonical, StringComparison.Ordinal))
            {
                renamed += await pledges.RenameAgencyAsync(stored, canonical, time.GetUtcNow(), cancellationToken);
            }
        }

        return renamed;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var lease = new BackgroundLeaseSlot(leases, LeaseName, logger);
            if (await lease.EnsureHeldAsync(stoppingToken))
            {
                var renamed = await RunOnceAsync(stoppingToken);
                logger.LogInformation("Agency list applied: {Count} pledges renamed to their canonical agency", renamed);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            logger.LogWarning("Applying the agency list failed: {Error}", exception.Message);
        }
    }
}
