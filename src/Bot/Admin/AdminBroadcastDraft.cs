using NetralBot.Bot.Broadcasts;

namespace NetralBot.Bot.Admin;

/// <summary>The persisted state of the <c>/broadcast</c> dialog.</summary>
/// <param name="Step">The current step.</param>
/// <param name="TargetKind">The chosen target, once known.</param>
/// <param name="Agency">The agency for an instansi target.</param>
/// <param name="Text">The message, once typed.</param>
internal sealed record AdminBroadcastDraft(AdminBroadcastStep Step, BroadcastTargetKind? TargetKind, string? Agency, string? Text)
{
    /// <summary>The target, when chosen.</summary>
    public BroadcastTarget? Target => TargetKind is { } kind ? new BroadcastTarget(kind, Agency) : null;
}
