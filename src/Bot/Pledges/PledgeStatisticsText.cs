using System.Globalization;
using System.Text;

namespace NetralBot.Bot.Pledges;

/// <summary>Renders <see cref="PledgeStatistics"/> as Indonesian text, for chat and CLI alike.</summary>
internal static class PledgeStatisticsText
{
    /// <summary>The report.</summary>
    public static string Format(PledgeStatistics stats)
    {
        var text = new StringBuilder();
        var scope = stats.Agency is null ? string.Empty : $" — instansi {stats.Agency}";
        text.Append(CultureInfo.InvariantCulture, $"Statistik ikrar {stats.ElectionId}{scope}\n");
        text.Append(CultureInfo.InvariantCulture, $"Jumlah ikrar: {stats.Pledges}\n");
        text.Append("\nPer instansi:\n");
        foreach (var (name, count) in stats.ByAgency)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {name}: {count}\n");
        }

        text.Append("\nPer status:\n");
        foreach (var (name, count) in stats.ByStatus)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {name}: {count}\n");
        }

        if (stats.PledgeRate is { } rate)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nPelanggan aktif: {stats.ActiveSubscribers}\nSudah berikrar: {stats.PledgedSubscribers} ({rate * 100:F1}%)\n");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"\nPelanggan aktif yang sudah berikrar: {stats.PledgedSubscribers}\n");
        }

        return text.ToString().TrimEnd();
    }
}
