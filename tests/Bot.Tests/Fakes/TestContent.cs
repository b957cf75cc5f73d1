namespace NetralBot.Bot.Tests.Fakes;

/// <summary>A temporary folder with a sample ikrar.md, the shipped faq-id.md and a database path; deleted on dispose.</summary>
internal sealed class TestContent : IDisposable
{
    public const string SampleIkrar = """
        # Ikrar Netralitas ASN (contoh uji)

        versi: uji-1

        1. Menjaga netralitas dalam setiap tahapan pemilihan.
        2. Tidak memihak peserta pemilihan mana pun.
        3. Tidak menggunakan fasilitas negara untuk kepentingan politik.
        4. Menolak dan melaporkan politik uang.
        """;

    public TestContent()
    {
        Root = Path.Combine(Path.GetTempPath(), "netralbot-tests", Guid.NewGuid().ToString("N"));
        ContentPath = Path.Combine(Root, "content");
        Directory.CreateDirectory(ContentPath);
        File.WriteAllText(Path.Combine(ContentPath, "ikrar.md"), SampleIkrar);
        // Start-up checks the knowledge base even where a fake answers: the shipped file, which always lints clean.
        File.Copy(Path.Combine(AppContext.BaseDirectory, "content", "faq-id.md"), Path.Combine(ContentPath, "faq-id.md"));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "content", "topik.md"), Path.Combine(ContentPath, "topik.md"));
        DatabasePath = Path.Combine(Root, "data", "bot.db");
    }

    public string Root { get; }

    public string ContentPath { get; }

    public string DatabasePath { get; }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
