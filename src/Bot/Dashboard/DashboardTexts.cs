namespace NetralBot.Bot.Dashboard;

/// <summary>Indonesian texts of <c>/dasbor</c>.</summary>
internal static class DashboardTexts
{
    /// <summary><c>Dashboard:PublicUrl</c> is not set.</summary>
    public const string Off =
        "Dasbor web belum diaktifkan. Pengelola server dapat mengaktifkannya dengan mengisi Dashboard:PublicUrl (alamat dasbor), lalu menjalankan ulang bot.";

    /// <summary>The sign-in link.</summary>
    public static string Link(string link) =>
        $"Tautan masuk dasbor (sekali pakai, berlaku 10 menit):\n{link}\n\nJangan teruskan tautan ini kepada siapa pun.";
}
