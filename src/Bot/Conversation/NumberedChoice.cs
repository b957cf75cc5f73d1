using System.Text.Json;

namespace NetralBot.Bot.Conversation;

/// <summary>Reads a number typed in reply to a numbered menu: "2", "2.", "(2)", "nomor 2", "pilih no 2".</summary>
internal static class NumberedChoice
{
    private static readonly char[] Separators = [' ', '(', ')', '.', ':', '#'];

    /// <summary>The number, whatever its range; null when the text is not just a number.</summary>
    public static int? Parse(string text)
    {
        var words = text.ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("nomor" or "no" or "nmr" or "pilih" or "yang" or "yg"))
            .ToList();
        return words.Count == 1 && words[0].Length <= 4 && int.TryParse(words[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
    }

    /// <summary>
    /// The turn after a numbered menu whose choices the dialog state holds (a JSON array): a number in range clears the
    /// state and opens that choice; one out of range gets "ketik 1–N" and the menu stays open; anything else clears the
    /// state, and the pipeline handles the turn as a new message.
    /// </summary>
    public static void Continue(TurnContext context, Action<string> open)
    {
        var choices = StoredChoices(context.State?.Json);
        if (context.Turn.ButtonData is null && Parse(context.Text) is { } number && choices.Length > 0)
        {
            if (number < 1 || number > choices.Length)
            {
                context.Send(BotTexts.ChooseNumber(choices.Length)); // the menu stays open
                return;
            }

            context.ClearState();
            open(choices[number - 1]);
            return;
        }

        context.ClearState();
    }

    private static string[] StoredChoices(string? json)
    {
        try
        {
            return json is null ? [] : JsonSerializer.Deserialize<string[]>(json) ?? [];
        }
        catch (JsonException)
        {
            return []; // a state written by another version: treat the turn as a new message.
        }
    }
}
