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
}
