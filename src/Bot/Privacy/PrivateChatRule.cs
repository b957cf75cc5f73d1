using NetralBot.Bot.Admin;
using NetralBot.Bot.Common;
using NetralBot.Bot.Conversation;
using NetralBot.Bot.Pledges;

namespace NetralBot.Bot.Privacy;

/// <summary>
/// Personal data stays out of groups: in a group chat, the pledge (<c>/ikrar</c>, IKRAR, a pledge deep link, a
/// running dialog), <c>/status</c>, <c>/ubahikrar</c>, <c>/datasaya</c>, <c>/hapusdata</c> and an admin's commands are not handled but answered with a short request to
/// continue in a private chat, with a link that opens it. Runs before every other handler; everything else (questions,
/// <c>/help</c>, <c>/batal</c>) passes.
/// </summary>
internal sealed class PrivateChatRule(AdminDirectory admins, IEnumerable<IPrivateChatLink> links) : ITurnStep
{
    private static readonly HashSet<string> AdminCommands = new(StringComparer.Ordinal) { "broadcast", "siaran", "statistik", "ekspor", "jadwal", "dasbor" };

    private readonly Dictionary<Channel, IPrivateChatLink> _links = links.ToDictionary(l => l.Channel);

    /// <summary>The first step: answers with the request to move to a private chat, or runs the rest of the pipeline.</summary>
    public Task InvokeAsync(TurnContext context, Func<Task> next, CancellationToken cancellationToken) => Redirect(context) ? Task.CompletedTask : next();

    private bool Redirect(TurnContext context)
    {
        var turn = context.Turn;
        if (turn.ChatKind == ChatKind.Private)
        {
            return false;
        }

        var command = context.Command;
        var (what, payload) = command?.Name switch
        {
            "ikrar" => ("Ikrar", "ikrar"),
            "start" when command.Payload.StartsWith("ikrar", StringComparison.OrdinalIgnoreCase) => ("Ikrar", command.Payload),
            "status" => ("/status", "status"),
            "ubahikrar" => ("/ubahikrar", "ubahikrar"),
            "datasaya" or "hapusdata" => ("/" + command.Name, "status"),
            { } name when AdminCommands.Contains(name) && admins.Find(turn.User) is not null => ("/" + name, "admin"),
            null when turn.Text is not null && PledgeTriggerHandler.IsKeyword(context.Text) => ("Ikrar", "ikrar"),
            null when turn.Text is not null && PledgeTriggerHandler.IsCorrectionKeyword(context.Text) => ("Ubah data ikrar", "ubahikrar"),
            null when turn.Text is not null && (MyDataHandler.IsKeyword(context.Text) || DataErasureDialog.IsKeyword(context.Text)) => ("Data pribadi", "status"),
            // A dialog (the pledge, an admin's broadcast) started in private continues there only; its answers hold personal data.
            null when context.State is not null => ("Proses yang sedang berjalan", "ikrar"),
            _ => (null, null),
        };
        if (what is null || payload is null)
        {
            return false;
        }

        var link = _links.GetValueOrDefault(turn.Channel)?.For(payload);
        context.Send(PrivacyTexts.ContinueInPrivate(what, link, command is null ? null : "/" + command.Name));
        return true;
    }
}
