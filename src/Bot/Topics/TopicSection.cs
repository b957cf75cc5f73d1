using NetralBot.Knowledge.Answering;

namespace NetralBot.Bot.Topics;

/// <summary>One section of the knowledge base as /topik shows it.</summary>
/// <param name="Key">A short stable key for button data, made from the title ("kampanye-acara").</param>
/// <param name="Title">The title, at most <see cref="TopicCatalog.MaxTitleLength"/> characters.</param>
/// <param name="Entries">The entries, in the order shown.</param>
internal sealed record TopicSection(string Key, string Title, IReadOnlyList<TopicSuggestion> Entries);
