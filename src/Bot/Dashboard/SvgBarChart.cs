using System.Globalization;
using System.Net;
using System.Text;

namespace NetralBot.Bot.Dashboard;

/// <summary>
/// Pledges per day as an inline SVG bar chart, drawn on the server: no chart library to vendor, readable without
/// scripts, and labelled for screen readers (a title and one description per bar).
/// </summary>
internal static class SvgBarChart
{
    /// <summary>The SVG markup for <paramref name="days"/> (at most the last 60 shown).</summary>
    public static string Render(IReadOnlyList<DailyCount> days, string title)
    {
        const int Width = 720, Height = 220, Left = 48, Bottom = 28, Top = 12;
        var shown = days.Skip(Math.Max(0, days.Count - 60)).ToList();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""<svg class="chart" viewBox="0 0 {Width} {Height}" role="img" aria-labelledby="chart-title" xmlns="http://www.w3.org/2000/svg">""");
        text.Append(CultureInfo.InvariantCulture, $"""<title id="chart-title">{WebUtility.HtmlEncode(title)}</title>""");
        if (shown.Count == 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"""<text x="{Width / 2}" y="{Height / 2}" text-anchor="middle">Belum ada ikrar.</text></svg>""");
            return text.ToString();
        }

        var max = Math.Max(1, shown.Max(d => d.Pledges));
        var plotHeight = Height - Bottom - Top;
        var slot = (double)(Width - Left) / shown.Count;
        text.Append(CultureInfo.InvariantCulture, $"""<line x1="{Left}" y1="{Height - Bottom}" x2="{Width}" y2="{Height - Bottom}" stroke="#444"/>""");
        text.Append(CultureInfo.InvariantCulture, $"""<text x="{Left - 6}" y="{Top + 10}" text-anchor="end" font-size="12">{max:N0}</text>""");
        text.Append(CultureInfo.InvariantCulture, $"""<text x="{Left - 6}" y="{Height - Bottom}" text-anchor="end" font-size="12">0</text>""");
        for (var i = 0; i < shown.Count; i++)
        {
            var day = shown[i];
            var h = Math.Max(1, plotHeight * day.Pledges / (double)max);
            var x = Left + (i * slot) + (slot * 0.1);
            var label = day.Day.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("id-ID"));
            text.Append(CultureInfo.InvariantCulture, $"""<rect x="{x:F1}" y="{Height - Bottom - h:F1}" width="{slot * 0.8:F1}" height="{h:F1}" fill="#1f5f99"><title>{label}: {day.Pledges} ikrar</title></rect>""");
            if (i == 0 || i == shown.Count - 1 || (shown.Count > 8 && i % (shown.Count / 4) == 0))
            {
                text.Append(CultureInfo.InvariantCulture, $"""<text x="{x + (slot * 0.4):F1}" y="{Height - 8}" text-anchor="middle" font-size="11">{day.Day.ToString("d/M", CultureInfo.InvariantCulture)}</text>""");
            }
        }

        text.Append("</svg>");
        return text.ToString();
    }
}
