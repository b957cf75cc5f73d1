using Microsoft.Data.Sqlite;

namespace NetralBot.Bot.Storage.Sqlite;

/// <summary>Says in words an operator understands why SQLite refused, from its result code.</summary>
internal static class SqliteFailures
{
    /// <summary>SQLITE_FULL: the disk (or <c>Storage:Sqlite:MaxPageCount</c>) has no room for the write.</summary>
    public const int Full = 13;

    /// <summary>How to restore a damaged file; the same words wherever damage is found.</summary>
    public const string RestoreAdvice =
        "hentikan bot, simpan berkas rusak ini untuk diperiksa, lalu pulihkan berkas dari cadangan terakhir (lihat docs/deploy.md, bagian Cadangan dan pemulihan)";

    /// <summary>The cause of <paramref name="exception"/> in one line.</summary>
    public static string Describe(SqliteException exception) => exception.SqliteErrorCode switch
    {
        Full => "disk penuh (SQLITE_FULL); kosongkan ruang disk lalu jalankan lagi",
        8 => "hanya dapat dibaca (SQLITE_READONLY): periksa apakah disk dipasang read-only dan izin tulis berkas serta foldernya",
        10 => "kesalahan I/O disk (SQLITE_IOERR): periksa disk dan ruang kosongnya",
        14 => "berkas tidak dapat dibuka (SQLITE_CANTOPEN): periksa bahwa foldernya ada dan dapat ditulisi",
        5 or 6 => "database sedang dikunci proses lain (SQLITE_BUSY); hanya satu 'serve' per berkas SQLite",
        11 or 26 => "berkas rusak atau bukan database SQLite (" + (exception.SqliteErrorCode == 11 ? "SQLITE_CORRUPT" : "SQLITE_NOTADB") + "); " + RestoreAdvice,
        3 or 23 => "izin ditolak (SQLITE_PERM/AUTH)",
        _ => $"SQLite error {exception.SqliteErrorCode}: {FirstLine(exception.Message)}",
    };

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
