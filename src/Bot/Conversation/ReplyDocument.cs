namespace NetralBot.Bot.Conversation;

/// <summary>A file sent with a reply.</summary>
/// <param name="FileName">The file name shown to the user.</param>
/// <param name="Content">The file bytes.</param>
/// <param name="Caption">Optional caption.</param>
internal sealed record ReplyDocument(string FileName, byte[] Content, string? Caption);
