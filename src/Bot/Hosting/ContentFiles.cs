namespace NetralBot.Bot.Hosting;

/// <summary>
/// Finds the content folder (knowledge base, pledge text, calendar): the configured path, else <c>content/</c> in
/// the working directory (the repository root, where admins edit it), else <c>content/</c> next to the executable
/// (the build copies it there).
/// </summary>
internal static class ContentFiles
{
    public const string KnowledgeBaseFile = "faq-id.md";

    /// <summary>The regulations the knowledge base marks as revoked, read by <c>kb lint</c>.</summary>
    public const string RevokedRegulationsFile = "peraturan-dicabut.md";

    public static string Directory(string? configured = null)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        var inWorkingDirectory = Path.GetFullPath("content");
        return System.IO.Directory.Exists(inWorkingDirectory)
            ? inWorkingDirectory
            : Path.Combine(AppContext.BaseDirectory, "content");
    }

    public static string KnowledgeBase(string? configuredDirectory = null) =>
        Path.Combine(Directory(configuredDirectory), KnowledgeBaseFile);

    /// <summary>Paths relative to the working directory when below it, so editors can jump to <c>file:line</c>.</summary>
    public static string DisplayName(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }
}
