using System.Text;
using System.Text.RegularExpressions;
using NetralBot.Bot.Conversation;

namespace NetralBot.Bot.Topics;

/// <summary>
/// The replies of topic browsing: the list of sections, and one section's questions a page at a time. Each menu is
/// numbered in its text and as buttons, at most 10 buttons (a WhatsApp list), so every channel shows every choice.
/// </summary>
internal static partial class TopicMenus
{
    /// <summary>Button data of the list of sections; <c>topik:&lt;key&gt;</c> opens a section, <c>topik:&lt;key&gt;:&lt;page&gt;</c> a page.</summary>
    public const string Prefix = "topik";

    /// <summary>Questions per page: with "Berikutnya" and "Semua topik" a page has at most 10 buttons.</summary>
    public const int PageSize = 8;

    /// <summary>A menu reply and what a typed number opens (the data of its numbered buttons, in order).</summary>
    /// <param name="Reply">The reply.</param>
    /// <param name="Numbered">The button data of choices 1 to N.</param>
    public sealed record Menu(Reply Reply, IReadOnlyList<string> Numbered);

    /// <summary>The list of sections.</summary>
    public static Menu Sections(TopicCatalog catalog)
    {
        var text = new StringBuilder(BotTexts.TopicSectionsHeading);
        var buttons = new List<ReplyButton>();
        for (var i = 0; i < catalog.Sections.Count; i++)
        {
            var section = catalog.Sections[i];
            text.Append('\n').Append(i + 1).Append(". ").Append(section.Title).Append(" (").Append(section.Entries.Count).Append(')');
            buttons.Add(new ReplyButton(section.Title, $"{Prefix}:{section.Key}"));
        }

        text.Append("\n\n").Append(BotTexts.MenuHint);
        return new Menu(Reply.WithButtonRows(text.ToString(), buttons) with { NumberedInText = buttons.Count }, buttons.Select(b => b.Data).ToList());
    }

    /// <summary>Page <paramref name="page"/> (1-based, clamped) of a section's questions.</summary>
    public static Menu Section(TopicSection section, int page)
    {
        var pages = Math.Max(1, (section.Entries.Count + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var shown = section.Entries.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        var text = new StringBuilder(BotTexts.TopicSectionHeading(section.Title, page, pages));
        var buttons = new List<ReplyButton>();
        for (var i = 0; i < shown.Count; i++)
        {
            text.Append('\n').Append(i + 1).Append(". ").Append(shown[i].Title);
            buttons.Add(new ReplyButton(AnswerReplies.Shorten($"{i + 1}. {ShortTitle(shown[i].Title)}"), AnswerReplies.TopicPrefix + shown[i].TopicId));
        }

        text.Append("\n\n").Append(BotTexts.MenuHint);
        var numbered = buttons.Select(b => b.Data).ToList();
        if (page < pages)
        {
            buttons.Add(new ReplyButton(BotTexts.NextPage, $"{Prefix}:{section.Key}:{page + 1}"));
        }

        buttons.Add(new ReplyButton(BotTexts.AllTopics, Prefix));
        return new Menu(Reply.WithButtonRows(text.ToString(), buttons) with { NumberedInText = shown.Count }, numbered);
    }

    /// <summary>
    /// A button label that says what differs: "Bolehkah ASN mencoblos …?" → "Mencoblos …?" (the section's text keeps
    /// the whole question).
    /// </summary>
    public static string ShortTitle(string question)
    {
        var match = AskingPrefix().Match(question);
        if (!match.Success || match.Length >= question.Length - 3)
        {
            return question;
        }

        var rest = question[match.Length..];
        return char.ToUpperInvariant(rest[0]) + rest[1..];
    }

    [GeneratedRegex(@"^Bolehkah\s+(pegawai\s+)?(ASN\s+)?", RegexOptions.CultureInvariant)]
    private static partial Regex AskingPrefix();
}
