using Microsoft.Extensions.Configuration;
using NetralBot.Bot.Common;
using NetralBot.Bot.Dashboard;

namespace NetralBot.Bot.Tests.Dashboard;

public sealed class DashboardUnitTests
{
    private static readonly DateOnly Today = new(2026, 12, 4);

    [Theory]
    [InlineData("https://netralbot.bkpsdm.go.id", true)]
    [InlineData("http://127.0.0.1:8080", false)]
    [InlineData("http://localhost:8080/", false)]
    [InlineData("http://netralbot.internal", true)]
    public void The_session_cookie_is_secure_except_on_plain_http_on_this_machine(string url, bool secure)
    {
        var options = Read(url);
        Assert.True(options.IsEnabled);
        Assert.Equal(secure, options.RequiresSecureCookie);
        Assert.Equal(url.TrimEnd('/') + "/masuk?token=abc", options.SignInLink("abc"));
    }

    [Theory]
    [InlineData("netralbot.go.id")]
    [InlineData("ftp://netralbot.go.id")]
    [InlineData("https://netralbot.go.id/?x=1")]
    public void A_public_url_that_is_not_an_absolute_http_address_stops_start_up(string url) =>
        Assert.Contains("Dashboard:PublicUrl", Assert.Throws<BotConfigurationException>(() => Read(url)).Message);

    [Fact]
    public void Without_a_public_url_the_dashboard_is_off() => Assert.False(Read(null).IsEnabled);

    [Fact]
    public void A_roster_file_is_read_with_semicolons_a_bom_and_blank_lines_and_each_bad_line_is_named()
    {
        var text = "\uFEFFNIP;Nama;Unit Kerja;Instansi\n199001012015011001;Ani;Biro Umum;BKN\n\n"
            + "199013012015011001;Budi;Biro Umum;BKN\n199001012015011001;Ani lagi;Biro Umum;BKN\nNA-12;Cici;Sekretariat;bkn\n;Dodi;Biro Umum;BKN\n"
            + "198501012010011002;Eka;;BKN\n198501012010011003;Fani;Biro Umum;Kemendagri\n";
        var import = RosterCsvReader.Read(text, "BKN", Today);
        Assert.Equal(["Ani", "Cici"], import.Employees.Select(e => e.FullName));
        Assert.Equal([4, 5, 7, 8, 9], import.Errors.Select(e => e.Line));
        Assert.Contains("tidak valid", import.Errors[0].Message);
        Assert.Contains("ganda (sudah ada di baris 2)", import.Errors[1].Message);
        Assert.Equal("NIP kosong", import.Errors[2].Message);
        Assert.Equal("unit_kerja kosong", import.Errors[3].Message);
        Assert.Contains("bukan BKN", import.Errors[4].Message);
        Assert.False(import.IsValid);
    }

    [Fact]
    public void Unknown_and_missing_columns_are_reported_before_any_row_is_read()
    {
        var import = RosterCsvReader.Read("nip,nama,jabatan\n199001012015011001,Ani,staf\n", "BKN", Today);
        Assert.Empty(import.Employees);
        Assert.Equal(["Kolom tidak dikenal: \"jabatan\" (kolom yang dikenal: nip, nama, unit_kerja, instansi).", "Kolom wajib tidak ada: unit_kerja."], import.Errors.Select(e => e.Message));
        Assert.False(RosterCsvReader.Read("", "BKN", Today).IsValid);
    }

    [Fact]
    public void The_chart_has_one_labelled_bar_per_day_and_says_when_there_is_none()
    {
        var svg = SvgBarChart.Render([new DailyCount(new DateOnly(2029, 2, 1), 5), new DailyCount(new DateOnly(2029, 2, 2), 10)], "Ikrar <per> hari");
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(svg, "<rect "));
        Assert.Contains("<title id=\"chart-title\">Ikrar &lt;per&gt; hari</title>", svg);
        Assert.Contains("10 ikrar", svg);
        Assert.Contains("Belum ada ikrar", SvgBarChart.Render([], "x"));
    }

    private static DashboardOptions Read(string? url) =>
        DashboardOptions.Read(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Dashboard:PublicUrl"] = url }).Build());
}
