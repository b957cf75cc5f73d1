using System.Data.Common;

namespace NetralBot.Bot.Storage;

/// <summary>The rows both statistics stores read: a name and its count.</summary>
internal static class PledgeStatisticsRows
{
    public static (string Name, long Count) Group(DbDataReader reader) => (reader.GetString(0), reader.GetInt64(1));
}
