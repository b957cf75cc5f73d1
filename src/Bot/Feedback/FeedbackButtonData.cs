using System.Buffers.Text;
using System.Security.Cryptography;
using NetralBot.Bot.Conversation;

namespace NetralBot.Bot.Feedback;

/// <summary>
/// The data of the feedback buttons: <c>fb:y:ID</c> (👍), <c>fb:n:ID</c> (👎) and <c>fb:r:ID:REASON</c>, where ID is
/// a shown answer's random 16-character id; at most 37 bytes, inside Telegram's 64 and WhatsApp's 256.
/// </summary>
internal static class FeedbackButtonData
{
    /// <summary>The prefix every feedback button's data starts with.</summary>
    public const string Prefix = "fb:";

    /// <summary>A new random answer id: 12 random bytes, base64url (16 characters).</summary>
    public static string NewAnswerId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12));

    /// <summary>The 👍 / 👎 row under an answer.</summary>
    public static IReadOnlyList<ReplyButton> VoteRow(string answerId) =>
    [
        new(FeedbackTexts.HelpfulLabel, Prefix + "y:" + answerId),
        new(FeedbackTexts.UnhelpfulLabel, Prefix + "n:" + answerId),
    ];

    /// <summary>The reason buttons after 👎, one per row.</summary>
    public static IEnumerable<ReplyButton> ReasonButtons(string answerId) =>
        Enum.GetValues<FeedbackReason>().Select(reason => new ReplyButton(FeedbackTexts.ReasonLabel(reason), Prefix + "r:" + answerId + ":" + reason.Name()));

    /// <summary>Reads a feedback button's data; null when it is not a well-formed one.</summary>
    public static FeedbackPress? Parse(string data)
    {
        var parts = data.Split(':');
        return parts switch
        {
            ["fb", "y", var id] when IsId(id) => new FeedbackPress(id, FeedbackKind.Helpful, null),
            ["fb", "n", var id] when IsId(id) => new FeedbackPress(id, FeedbackKind.Unhelpful, null),
            ["fb", "r", var id, var reason] when IsId(id) && FeedbackNames.ParseReason(reason) is { } parsed => new FeedbackPress(id, null, parsed),
            _ => null,
        };
    }

    private static bool IsId(string id) => id.Length == 16 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
