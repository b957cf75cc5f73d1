using NetralBot.Bot.Access;

namespace NetralBot.Bot.Dashboard.Pages;

/// <summary>The audit log, filtered by actor and action; an instansi admin sees only their own entries.</summary>
internal sealed class AuditModel(IDashboardStatisticsStore figures) : DashboardPageModel
{
    /// <summary>The most entries shown.</summary>
    public const int Limit = 500;

    /// <summary>The actor filter.</summary>
    public string? Actor { get; private set; }

    /// <summary>The action filter.</summary>
    public string? Action { get; private set; }

    /// <summary>The entries, newest first.</summary>
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    /// <summary>The page.</summary>
    public async Task OnGetAsync(string? pelaku, string? tindakan, CancellationToken cancellationToken)
    {
        Actor = pelaku?.Trim();
        Action = tindakan?.Trim();
        Entries = await figures.AuditAsync(new AuditFilter(Actor, Action, CurrentUser.IsSuper ? null : CurrentUser.Actor), Limit, cancellationToken);
    }
}
