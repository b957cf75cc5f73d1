using NetralBot.Knowledge.Answering;

namespace NetralBot.Knowledge;

/// <summary>The loaded knowledge base with its search index: the entry point of this library.</summary>
public sealed class KnowledgeEngine : IQuestionAnswerer
{
    /// <summary>Parses the knowledge-base Markdown text and builds the index.</summary>
    /// <param name="markdown">The content of <c>content/faq-id.md</c>.</param>
    /// <param name="sourceName">The file name used in error messages.</param>
    public static KnowledgeEngine FromMarkdown(string markdown, string sourceName) => throw new NotImplementedException();

    /// <inheritdoc />
    public Answer Ask(string question) => throw new NotImplementedException();

    /// <inheritdoc />
    public Answer? AnswerTopic(string topicId) => throw new NotImplementedException();
}
