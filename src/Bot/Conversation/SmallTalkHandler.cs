namespace NetralBot.Bot.Conversation;

/// <summary>Greetings, thanks and acknowledgements ("ok", "siap", 👍) get a short friendly reply instead of a knowledge-base fallback.</summary>
internal sealed class SmallTalkHandler : TurnHandler
{
    private static readonly string[] Greetings =
    [
        "assalamualaikum warahmatullahi wabarakatuh", "assalamualaikum wr wb", "assalamualaikum", "asalamualaikum",
        "assalamu alaikum", "salam", "selamat pagi", "selamat siang", "selamat sore", "selamat malam", "halo", "hallo",
        "helo", "hai", "hi", "hello", "pagi", "siang", "sore", "malam", "permisi", "p", "om swastiastu", "shalom",
    ];

    private static readonly string[] Thanks =
    [
        "terima kasih banyak", "terima kasih", "terimakasih", "makasih banyak", "makasih", "makasi", "trima kasih",
        "trims", "thanks", "thank you", "thx", "tq", "matur nuwun", "ok makasih", "oke makasih", "oke terima kasih",
        "baik terima kasih",
    ];

    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "pak", "bu", "bapak", "ibu", "kak", "min", "admin", "bot", "netralbot", "ya", "yaa", "deh", "semua", "mas", "mbak",
    };

    /// <inheritdoc />
    public override Task<bool> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.Turn.Text is null || context.Text.Length > 80)
        {
            return Task.FromResult(false);
        }

        var normalized = PhraseNormalizer.Normalize(context.Text);
        var acknowledgement = Acknowledgements.Classify(context.Text);
        if (acknowledgement == AcknowledgementKind.Thanks || Matches(normalized, Thanks))
        {
            context.Send(BotTexts.Thanks);
            return Task.FromResult(true);
        }

        if (acknowledgement == AcknowledgementKind.Acknowledgement)
        {
            context.Send(BotTexts.Acknowledged);
            return Task.FromResult(true);
        }

        if (Matches(normalized, Greetings))
        {
            context.Send(BotTexts.Greeting);
            return Task.FromResult(true);
        }

        return Task.FromResult(false);
    }

    private static bool Matches(string normalized, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (normalized == phrase)
            {
                return true;
            }

            if (normalized.StartsWith(phrase + " ", StringComparison.Ordinal)
                && normalized[(phrase.Length + 1)..].Split(' ').All(Fillers.Contains))
            {
                return true;
            }
        }

        return false;
    }
}
