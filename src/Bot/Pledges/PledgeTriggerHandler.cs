using NetralBot.Bot.Conversation;

namespace NetralBot.Bot.Pledges;

/// <summary>
/// Starts the pledge on /ikrar, on <c>/start ikrar</c> or <c>/start ikrar-&lt;kode&gt;</c> (agency prefilled),
/// and on the keywords "IKRAR", "saya mau ikrar", "ikrar netralitas"; answers /status (and <c>/start status</c>, the link
/// a group sends to a private chat).
/// </summary>
internal sealed class PledgeTriggerHandler(PledgeDialog dialog, IPledgeStore pledges, PledgeOptions options) : TurnHandler
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "ikrar", "berikrar", "ikrar netralitas", "saya mau ikrar", "saya ingin ikrar", "mau ikrar", "saya mau berikrar",
        "saya ingin berikrar", "saya mau ikrar netralitas", "saya ingin ikrar netralitas", "ikrar asn", "ikrar netralitas asn",
    };

    /// <inheritdoc />
    public override async Task<bool> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var command = context.Command;
        if (command is { Name: "ikrar" })
        {
            await dialog.StartAsync(context, null, cancellationToken);
            return true;
        }

        if (command is { Name: "start" } && TryReadDeepLink(command.Payload, out var agency))
        {
            await dialog.StartAsync(context, agency, cancellationToken);
            return true;
        }

        if (command is { Name: "status" } or { Name: "start", Payload: "status" })
        {
            var pledge = await pledges.FindByChannelUserAsync(options.ElectionId, context.Turn.Channel, context.Turn.UserId, cancellationToken);
            context.Send(pledge is null ? PledgeMessages.NoPledgeYet : PledgeMessages.Status(pledge));
            return true;
        }

        if (command is null && context.Turn.Text is not null && IsKeyword(context.Text))
        {
            await dialog.StartAsync(context, null, cancellationToken);
            return true;
        }

        return false;
    }

    /// <summary>True for the typed words that start the pledge ("IKRAR", "saya mau ikrar", ...).</summary>
    public static bool IsKeyword(string text) => text.Length <= 60 && Keywords.Contains(PhraseNormalizer.Normalize(text));

    /// <summary>Deep-link payloads are limited to [A-Za-z0-9_-] by Telegram; the agency code follows "ikrar-" or "ikrar_".</summary>
    private static bool TryReadDeepLink(string payload, out string? agency)
    {
        agency = null;
        if (payload.Equals("ikrar", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (payload.Length > 6 && payload.StartsWith("ikrar", StringComparison.OrdinalIgnoreCase) && payload[5] is '-' or '_')
        {
            agency = payload[6..].Replace('_', ' ').Trim().ToUpperInvariant();
            return agency.Length > 0;
        }

        return false;
    }
}
