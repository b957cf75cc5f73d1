using System.Text.RegularExpressions;
using NetralBot.Bot.Conversation;

namespace NetralBot.Bot.Feedback;

/// <summary>
/// Recognises a whole short message as a vote on the last answer: "jawabannya salah", "kurang tepat", "gak membantu",
/// 👎 → unhelpful; "makasih membantu", "jawabannya tepat", 👍 → helpful. A question that only contains such words
/// ("kalau jawabannya salah di formulir gimana?") is not one: the whole message must be the phrase.
/// </summary>
internal static partial class TypedFeedback
{
    private const int MaxLength = 80;

    /// <summary>The vote the text expresses, or null.</summary>
    public static FeedbackKind? Read(string text)
    {
        if (text.Length is 0 or > MaxLength)
        {
            return null;
        }

        if (EmojiVote(text) is { } emoji)
        {
            return emoji;
        }

        var normalized = PhraseNormalizer.Normalize(text);
        return UnhelpfulPattern().IsMatch(normalized) ? FeedbackKind.Unhelpful
            : HelpfulPattern().IsMatch(normalized) ? FeedbackKind.Helpful
            : null;
    }

    /// <summary>True when the vote was given by emoji alone (👍, 👍👍, 👎🏽): also a plain acknowledgement when no answer came just before.</summary>
    public static bool IsEmojiOnly(string text) => EmojiVote(text) is not null;

    private static FeedbackKind? EmojiVote(string text)
    {
        // Skin tones and the emoji variation selector change nothing; spaces between thumbs neither.
        var bare = EmojiNoise().Replace(text, string.Empty);
        if (bare.Length == 0 || bare.Length % 2 != 0)
        {
            return null;
        }

        var up = Repeats(bare, "👍");
        var down = Repeats(bare, "👎");
        return up ? FeedbackKind.Helpful : down ? FeedbackKind.Unhelpful : null;
    }

    private static bool Repeats(string text, string unit)
    {
        for (var i = 0; i < text.Length; i += unit.Length)
        {
            if (string.CompareOrdinal(text, i, unit, 0, unit.Length) != 0)
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"\s|\uFE0F|\uD83C[\uDFFB-\uDFFF]")]
    private static partial Regex EmojiNoise();

    private const string Not = "(?:tidak|tdk|gak|ga|gk|nggak|ngga|enggak|engga|kurang|kagak|ndak|nda|tak)";
    private const string Address = "(?: (?:pak|bu|min|kak|mas|mbak|bot|sih|deh|ya|nih|ini|itu|sekali|banget|bgt|sama sekali))*";
    private const string Subject = "(?:(?:jawaban(?: ?nya|mu)?|ini|itu|infonya|penjelasannya|bot ini) )?";

    [GeneratedRegex("^" + Subject + "(?:salah|keliru|ngaco|ngawur|" + Not + " (?:tepat|benar|bener|membantu|sesuai|nyambung|jelas|menjawab))" + Address + "$")]
    private static partial Regex UnhelpfulPattern();

    [GeneratedRegex("^(?:(?:terima kasih|terimakasih|makasih|makasi|trims|thanks|thx|tq|mantap|oke|ok|sip) )?"
        + "(?:(?:jawaban(?: ?nya|mu)?|infonya|penjelasannya) (?:sangat |cukup )?(?:membantu|tepat|benar|bener|bagus|jelas|bermanfaat)"
        + "|(?:sangat |cukup )?(?:membantu|bermanfaat|helpful))" + Address + "$")]
    private static partial Regex HelpfulPattern();
}
