using System.Globalization;

namespace NetralBot.Bot.Storage.Sqlite;

/// <summary>How times are written to and read from TEXT columns: ISO 8601 UTC, sortable.</summary>
internal static class SqliteValues
{
    public static string ToText(DateTimeOffset value) => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset ToTime(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
