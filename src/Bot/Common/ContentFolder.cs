namespace NetralBot.Bot.Common;

/// <summary>The folder holding <c>faq-id.md</c> and <c>ikrar.md</c>.</summary>
/// <param name="Path">Absolute path.</param>
internal sealed record ContentFolder(string Path);
