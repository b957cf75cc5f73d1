using System.Text.Json;
using NetralBot.Bot.Access;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Conversation;

namespace NetralBot.Bot.Admin;

/// <summary>
/// <c>/broadcast</c>: target (super admins; an instansi admin's target is their agency) → text → preview with the
/// recipient count → "KIRIM" → queued. The role is checked again on every turn.
/// </summary>
internal sealed class AdminBroadcastDialog(AdminDirectory admins, BroadcastQueue queue) : IDialog
{
    /// <summary>The dialog name in the persisted state.</summary>
    public const string DialogName = "admin-broadcast";

    /// <inheritdoc />
    public string Name => DialogName;

    public void Start(TurnContext context, AdminRole role)
    {
        if (role.Kind == AdminRoleKind.Instansi)
        {
            var target = BroadcastTarget.ForAgency(role.Agency!);
            context.Send(AdminTexts.AskText(target));
            Save(context, new AdminBroadcastDraft(AdminBroadcastStep.Text, target.Kind, target.Agency, null));
            return;
        }

        context.Send(AdminTexts.AskTarget);
        Save(context, new AdminBroadcastDraft(AdminBroadcastStep.Target, null, null, null));
    }

    /// <inheritdoc />
    public async Task ContinueAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var role = admins.Find(context.Turn.User);
        var draft = JsonSerializer.Deserialize(context.State!.Json, AdminJsonContext.Default.AdminBroadcastDraft);
        if (role is null || draft is null)
        {
            context.ClearState(); // no longer an admin: the dialog silently ends
            context.Send(BotTexts.UnknownCommand);
            return;
        }

        var text = context.Text;
        switch (draft.Step)
        {
            case AdminBroadcastStep.Target:
                var target = ParseTarget(text);
                if (target is null)
                {
                    context.Send(AdminTexts.TargetNotUnderstood);
                    return;
                }

                if (!BroadcastQueue.IsAllowed(role, target))
                {
                    context.Send(AdminTexts.NotAllowed);
                    return;
                }

                context.Send(AdminTexts.AskText(target));
                Save(context, draft with { Step = AdminBroadcastStep.Text, TargetKind = target.Kind, Agency = target.Agency });
                return;

            case AdminBroadcastStep.Text:
                if (text.Length == 0)
                {
                    context.Send(AdminTexts.EmptyText);
                    return;
                }

                if (text.Length > BroadcastQueue.MaxTextLength)
                {
                    context.Send(BroadcastTexts.TooLong(text.Length)); // stays at this step: the admin sends a shorter text
                    return;
                }

                var count = await CountAsync(context, role, draft.Target!, cancellationToken);
                if (count is null)
                {
                    return;
                }

                context.Send(AdminTexts.Preview(text, draft.Target!, count.Value));
                Save(context, draft with { Step = AdminBroadcastStep.Confirm, Text = text });
                return;

            default:
                if (!text.Equals(AdminTexts.ConfirmWord, StringComparison.OrdinalIgnoreCase))
                {
                    context.Send(AdminTexts.AwaitConfirm);
                    return;
                }

                try
                {
                    var actor = context.Turn.User.ToString();
                    var (jobId, recipients) = await queue.QueueAsync(actor, role, draft.Text!, draft.Target!, null, cancellationToken: cancellationToken);
                    context.Send(AdminTexts.Queued(jobId, recipients));
                }
                catch (AdminAccessDeniedException)
                {
                    context.Send(AdminTexts.NotAllowed);
                }

                context.ClearState();
                return;
        }
    }

    private async Task<long?> CountAsync(TurnContext context, AdminRole role, BroadcastTarget target, CancellationToken cancellationToken)
    {
        try
        {
            return await queue.CountAsync(role, target, cancellationToken);
        }
        catch (AdminAccessDeniedException)
        {
            context.Send(AdminTexts.NotAllowed);
            context.ClearState();
            return null;
        }
    }

    /// <summary>SEMUA, BELUM IKRAR, or INSTANSI &lt;nama&gt;; null otherwise.</summary>
    public static BroadcastTarget? ParseTarget(string text)
    {
        var words = text.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }

        var head = words[0].ToUpperInvariant();
        return head switch
        {
            "SEMUA" when words.Length == 1 => BroadcastTarget.All,
            "BELUM" when words.Length == 2 && words[1].Equals("IKRAR", StringComparison.OrdinalIgnoreCase) => BroadcastTarget.NotPledged,
            "INSTANSI" when words.Length > 1 => BroadcastTarget.ForAgency(string.Join(' ', words[1..])),
            _ => null,
        };
    }

    private static void Save(TurnContext context, AdminBroadcastDraft draft) =>
        context.SetState(new DialogState(DialogName, JsonSerializer.Serialize(draft, AdminJsonContext.Default.AdminBroadcastDraft)));
}
