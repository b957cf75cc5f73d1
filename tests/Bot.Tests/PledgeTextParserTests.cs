using NetralBot.Bot.Pledges;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests;

public class PledgeTextParserTests
{
    [Fact]
    public void Reads_version_title_points_and_hash()
    {
        var text = PledgeTextParser.Parse(TestContent.SampleIkrar);
        Assert.Equal("uji-1", text.Version);
        Assert.Equal("Ikrar Netralitas ASN (contoh uji)", text.Title);
        Assert.Equal(4, text.Points.Count);
        Assert.StartsWith("Menolak", text.Points[3]);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(TestContent.SampleIkrar))), text.Sha256);
        Assert.NotEqual(text.Sha256, PledgeTextParser.Parse(TestContent.SampleIkrar + " ").Sha256);
    }

    [Fact]
    public void Front_matter_version_is_read() =>
        Assert.Equal("2.0", PledgeTextParser.Parse("---\nversion: \"2.0\"\n---\n# Ikrar\n1. Satu\n2. Dua\n").Version);

    [Fact]
    public void Text_without_points_is_refused() => Assert.Throws<FormatException>(() => PledgeTextParser.Parse("# Ikrar\nTidak ada poin."));
}
