using NetralBot.Knowledge.Text;

namespace NetralBot.Knowledge.Tests.Text;

public class IndonesianStemmerTests
{
    private static readonly IndonesianStemmer Stemmer = IndonesianAnalyzer.CreateDefault().Stemmer;

    [Theory]
    // The hard ones from the literature and our domain.
    [InlineData("menyapu", "sapu")]
    [InlineData("memperbaiki", "baik")]
    [InlineData("pengetahuan", "tahu")]
    [InlineData("berfoto", "foto")]
    [InlineData("kampanye", "kampanye")]
    [InlineData("berkampanye", "kampanye")]
    [InlineData("pemilu", "pemilu")]
    [InlineData("pegawai", "pegawai")]
    [InlineData("kepala", "kepala")]
    [InlineData("relawan", "relawan")]
    [InlineData("kepada", "kepada")]
    [InlineData("sehingga", "sehingga")]
    [InlineData("menangis", "tangis")]
    [InlineData("pergerakan", "gerak")]
    [InlineData("berikan", "beri")]
    [InlineData("mengunjungi", "kunjung")]
    // Verbs of the domain.
    [InlineData("mengunggah", "unggah")]
    [InlineData("diunggah", "unggah")]
    [InlineData("dilarang", "larang")]
    [InlineData("larangan", "larang")]
    [InlineData("pelanggaran", "langgar")]
    [InlineData("melanggar", "langgar")]
    [InlineData("menyukai", "suka")]
    [InlineData("membagikan", "bagi")]
    [InlineData("dibagikan", "bagi")]
    [InlineData("mendukung", "dukung")]
    [InlineData("dukungan", "dukung")]
    [InlineData("dukungannya", "dukung")]
    [InlineData("memilih", "pilih")]
    [InlineData("dipilih", "pilih")]
    [InlineData("pemilihan", "pilih")]
    [InlineData("pilihannya", "pilih")]
    [InlineData("mencoblos", "coblos")]
    [InlineData("dicoblos", "coblos")]
    [InlineData("mengajak", "ajak")]
    [InlineData("ajakan", "ajak")]
    [InlineData("penyelenggara", "selenggara")]
    [InlineData("menerima", "terima")]
    [InlineData("diterima", "terima")]
    [InlineData("pemberian", "beri")]
    [InlineData("memberikan", "beri")]
    [InlineData("keterlibatan", "libat")]
    [InlineData("dilibatkan", "libat")]
    [InlineData("memasang", "pasang")]
    [InlineData("ditempel", "tempel")]
    [InlineData("menempelkan", "tempel")]
    [InlineData("mengumpulkan", "kumpul")]
    [InlineData("menghadiri", "hadir")]
    [InlineData("kehadiran", "hadir")]
    [InlineData("mengikuti", "ikut")]
    [InlineData("mendatangi", "datang")]
    [InlineData("kemenangan", "menang")]
    [InlineData("mencalonkan", "calon")]
    [InlineData("pencalonan", "calon")]
    [InlineData("menyebarkan", "sebar")]
    [InlineData("penyebaran", "sebar")]
    [InlineData("bolehkah", "boleh")]
    [InlineData("diperbolehkan", "boleh")]
    [InlineData("melaporkan", "lapor")]
    [InlineData("pelapor", "lapor")]
    [InlineData("mengancam", "ancam")]
    [InlineData("ancaman", "ancam")]
    [InlineData("menggunakan", "guna")]
    [InlineData("kendaraannya", "kendara")]
    // Chat forms without the formal prefix.
    [InlineData("nyoblos", "coblos")]
    [InlineData("ngajak", "ajak")]
    [InlineData("milih", "pilih")]
    // Short and unknown words stay whole.
    [InlineData("asn", "asn")]
    [InlineData("xyzabc", "xyzabc")]
    public void Stems_to_the_root(string word, string root) => Assert.Equal(root, Stemmer.Stem(word));

    [Fact]
    public void Domain_terms_are_protected_by_the_root_list()
    {
        // Without "pemilu" among the roots the confix rules find "milu" — the known pitfall of stock stemmers.
        Assert.Equal("milu", new IndonesianStemmer(new HashSet<string> { "milu" }).Stem("pemilu"));
        Assert.Equal("pemilu", new IndonesianStemmer(new HashSet<string> { "milu", "pemilu" }).Stem("pemilu"));
        Assert.Equal("pemilu", Stemmer.Stem("pemilu"));
    }

    [Fact]
    public void Word_without_a_known_root_is_returned_whole()
    {
        var stemmer = new IndonesianStemmer(new HashSet<string> { "ajak" });
        Assert.Null(stemmer.TryStem("mengunduh"));
        Assert.Equal("mengunduh", stemmer.Stem("mengunduh"));
        Assert.Equal("ajak", stemmer.Stem("mengajaknya"));
    }
}
