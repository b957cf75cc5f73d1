using NetralBot.Knowledge.Answering;
using NetralBot.Knowledge.Text;

namespace NetralBot.Knowledge.Tests.Answering;

public class NeutralityGuardTests
{
    private static readonly NeutralityGuard Guard = new(IndonesianAnalyzer.CreateDefault());

    [Theory]
    [InlineData("siapa cagub terbaik?")]
    [InlineData("partai mana yang bagus?")]
    [InlineData("Menurut kamu capres nomor berapa yang layak menang?")]
    [InlineData("rekomendasiin caleg dong buat dapil saya")]
    [InlineData("sebaiknya saya pilih paslon yang mana?")]
    [InlineData("Kalau boleh tahu, menurut bot partai apa yang paling jujur?")]
    [InlineData("jagoanmu di pilkada ini calon yang mana?")]
    public void Requests_to_take_sides_are_caught(string question) =>
        Assert.True(Guard.AsksToTakeSides(question));

    [Theory]
    [InlineData("Bolehkah ASN menyebut calon terbaik di media sosial?")]
    [InlineData("Kalau teman kantor tanya saya pilih siapa, boleh saya diam saja?")]
    [InlineData("Apakah PNS boleh ikut kampanye calon bupati?")]
    [InlineData("siapa saja yang wajib netral saat pemilu?")]
    [InlineData("kapan masa tenang pilkada?")]
    [InlineData("harga cabai paling murah di pasar mana?")]
    public void Conduct_and_unrelated_questions_pass(string question) =>
        Assert.False(Guard.AsksToTakeSides(question));
}
