using Microsoft.AspNetCore.Mvc;
using NetralBot.Bot.Access;
using NetralBot.Bot.Broadcasts;

namespace NetralBot.Bot.Dashboard.Pages;

/// <summary>One broadcast: its counts, refreshed by htmx every two seconds until the final report.</summary>
internal sealed class SiaranJobModel(IBroadcastStore store) : DashboardPageModel
{
    /// <summary>The job.</summary>
    public BroadcastJob Job { get; private set; } = null!;

    /// <summary>Its delivery counts.</summary>
    public BroadcastCounts Counts { get; private set; } = new(0, 0, 0, 0);

    /// <summary>True when nothing is left to send.</summary>
    public bool IsFinished => Job.Status is BroadcastJobStatus.Done or BroadcastJobStatus.Cancelled;

    /// <summary>The page.</summary>
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    /// <summary>The progress block alone (htmx).</summary>
    public async Task<IActionResult> OnGetKemajuanAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Partial("_Kemajuan", this) : NotFound();

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } job)
        {
            return false;
        }

        if (!BroadcastQueue.IsAllowed(CurrentUser.Role, job.Target))
        {
            throw new AdminAccessDeniedException("Siaran tersebut bukan untuk instansi Anda.");
        }

        Job = job;
        Counts = await store.CountsAsync(id, cancellationToken);
        return true;
    }
}
