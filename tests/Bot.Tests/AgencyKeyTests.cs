using System.Globalization;
using NetralBot.Bot.Access;
using NetralBot.Bot.Pledges;

namespace NetralBot.Bot.Tests;

public sealed class AgencyKeyTests
{
    [Theory]
    [InlineData("DINAS PENDIDIKAN", "dinas pendidikan")]
    [InlineData("  Dinas \t Pendidikan\n", "dinas pendidikan")]
    [InlineData("Ｄｉｎａｓ　Ｐｅｎｄｉｄｉｋａｎ", "dinas pendidikan")] // full-width letters and ideographic space
    [InlineData("Dinas\u00A0Kesehatan", "dinas kesehatan")] // no-break space
    [InlineData("DINAS KÉSEHATAN", "dinas késehatan")] // non-ASCII case, which SQLite's NOCASE left apart
    [InlineData("Kantor Ⅸ", "kantor ix")] // compatibility forms (NFKC)
    public void The_key_folds_width_case_and_spacing(string agency, string key) => Assert.Equal(key, AgencyKey.Of(agency));

    [Fact]
    public void Accents_and_punctuation_still_tell_agencies_apart()
    {
        Assert.False(AgencyKey.Same("Dinas Kesehatan", "Dinas Késehatan"));
        Assert.False(AgencyKey.Same("Pemkab Bogor", "Pemkab. Bogor"));
    }

    [Fact]
    public void The_key_does_not_depend_on_the_current_culture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            Assert.Equal("dinas pendidikan", AgencyKey.Of("DINAS PENDIDIKAN")); // Turkish lower case would give "dınas"
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void An_instansi_admin_reaches_their_agency_in_any_spelling_and_no_other()
    {
        var admin = AdminRole.TryParse("instansi:Dinas Pendidikan")!;
        Assert.True(admin.CanReachAgency("ＤＩＮＡＳ  PENDIDIKAN"));
        Assert.False(admin.CanReachAgency("Dinas Kesehatan"));
    }
}
