#pragma warning disable CS1591 // test names document themselves; Directory.Build.props evaluates IsTestProject too early

using NetralBot.Knowledge.Recognizers;

namespace NetralBot.Knowledge.Tests.Recognizers;

public class NipValidatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("198503122010011004", "198503122010011004")]
    [InlineData("19850312 201001 1 004", "198503122010011004")]
    [InlineData("19850312.201001.2.004", "198503122010012004")]
    [InlineData("199002292019032001", null)] // 1990 is not a leap year
    public void Structure_is_checked(string input, string? expectedValidNip)
    {
        var check = NipValidator.Validate(input, Today);
        Assert.Equal(expectedValidNip is not null, check.IsValid);
        if (expectedValidNip is not null)
        {
            Assert.Equal(expectedValidNip, check.Nip);
            Assert.Null(check.Error);
        }
        else
        {
            Assert.Contains("tanggal lahir", check.Error);
        }
    }

    [Theory]
    [InlineData("", "belum diisi")]
    [InlineData("12345", "18 digit")]
    [InlineData("1985031220100110041", "18 digit")]
    [InlineData("19850312201001100A", "hanya boleh berisi angka")]
    [InlineData("198513122010011004", "tanggal lahir")] // month 13
    [InlineData("201503122020011004", "usia")] // 11 years old
    [InlineData("194003122000011004", "usia")] // 86 years old
    [InlineData("198503122010131004", "bulan")] // appointment month 13
    [InlineData("198503121995011004", "terlalu dekat")] // appointed at 9
    [InlineData("198503122027011004", "masa depan")]
    [InlineData("198503122010013004", "jenis kelamin")]
    public void Invalid_nip_explains_the_problem(string input, string expectedFragment)
    {
        var check = NipValidator.Validate(input, Today);
        Assert.False(check.IsValid);
        Assert.Contains(expectedFragment, check.Error);
    }

    [Fact]
    public void Appointment_this_month_is_allowed()
    {
        Assert.True(NipValidator.Validate("199001012026111001", Today).IsValid);
        Assert.False(NipValidator.Validate("199001012026121001", Today).IsValid);
    }

    [Fact]
    public void An_appointment_year_before_the_birth_year_says_so_rather_than_too_close()
    {
        var check = NipValidator.Validate("199001011985011001", Today);
        Assert.False(check.IsValid);
        Assert.Contains("lebih awal dari tahun lahir 1990", check.Error);
        Assert.DoesNotContain("terlalu dekat", check.Error);
    }

    [Fact]
    public void A_birth_date_in_the_future_says_so_rather_than_age_zero()
    {
        var check = NipValidator.Validate("203001012050011001", Today);
        Assert.False(check.IsValid);
        Assert.Contains("masa depan", check.Error);
        Assert.DoesNotContain("usia 0", check.Error);
    }
}
