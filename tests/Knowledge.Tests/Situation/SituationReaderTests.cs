using NetralBot.Knowledge.Situation;
using NetralBot.Knowledge.Text;

namespace NetralBot.Knowledge.Tests.Situation;

/// <summary>The situation reading on sentences written for these tests, in formal, chatty and regional Indonesian.</summary>
public class SituationReaderTests
{
    private static readonly SituationReader Reader = SituationReader.CreateDefault(IndonesianAnalyzer.CreateDefault());

    [Theory]
    [InlineData("suami saya bukan PNS, dia mau jadi caleg. sy boleh bantu kampanye dia?", "asn", "saya")]
    [InlineData("istri sa bukan pegawai, de mau jadi tim sukses caleg, boleh kah?", "keluarga", "pasangan")]
    [InlineData("bapak saya pensiunan swasta mau jadi relawan capres, boleh kah?", "keluarga", "orang-tua")]
    [InlineData("ulun pppk di banjarmasin, handak pasang stiker paslon di motor, kada papa kah?", "pppk", "saya")]
    [InlineData("Atasan saya nyuruh kami semua datang ke acara paslon, itu boleh?", "atasan", "atasan")]
    [InlineData("kades di kampung kami ikut kampanye caleg, boleh?", "kepala-desa", "kepala-desa")]
    [InlineData("suami aku nyalon bupati, aku pppk, boleh ikut nemenin pas kampanye?", "pppk", "saya")]
    [InlineData("sy guru honorer, boleh jadi saksi paslon di tps?", "honorer", "saya")]
    [InlineData("pensiunan pns boleh jadi timses?", "pensiunan", "pensiunan")]
    [InlineData("share video kampanye caleg ke grup wa keluarga boleh nggak", "asn", "saya")]
    [InlineData("sy sekdes di kampung, ada caleg titip kaos buat warga. sy bagikan saja boleh?", "kepala-desa", "saya")]
    [InlineData("saya kepala sekolah, boleh saya pasang baliho caleg di pagar sekolah?", "atasan", "saya")]
    [InlineData("saya pppk, kawan-kawan mau rame-rame ikut deklarasi paslon. saya ikut boleh?", "pppk", "saya")]
    [InlineData("saya pns, sepupu saya caleg. boleh saya ikut antar dia bagi kalender ke warga?", "asn", "saya")]
    [InlineData("gue pns, nyokap caleg. gue cuma jadi admin fb nyokap, aman?", "asn", "saya")]
    [InlineData("teman kantor pasang stiker caleg di mobil dinas, trus kepala dinas begitu boleh?", "atasan", "atasan")]
    public void Reads_who_acts(string question, string actor, string role)
    {
        var reading = Reader.Read(question);
        Assert.Equal(actor, reading.Actor);
        Assert.Equal(role, reading.ActorRole);
    }

    [Theory]
    [InlineData("boleh gak pns pakai baju partai waktu kampanye?", "atribut")]
    [InlineData("aku pns, kemarin ngasih ❤️ ke postingan caleg di ig, aman ora?", "like")]
    [InlineData("ambo pns, boleh indak ambo share postingan calon gubernur di fb?", "share")]
    [InlineData("abdi guru honorer, meunang teu milu kampanye caleg?", "kampanye")]
    [InlineData("pake mobil dinas buat antar paslon ke lokasi kampanye boleh?", "fasilitas-dinas")]
    public void Reads_the_act(string question, string act) => Assert.Contains(act, Reader.Read(question).Acts.Keys);

    [Theory]
    [InlineData("saya pns, like postingan paslon di fb boleh?", "unggah")]
    [InlineData("saya asn, kasih jempol di foto calon bupati aman?", "foto")]
    [InlineData("acara dinas belum masuk masa kampanye, saya hadir boleh?", "kampanye")]
    [InlineData("warga disuruh maju ke depan panggung, saya ikut berdiri, boleh?", "mencalonkan")]
    [InlineData("saya mau cerita, kemarin saya like postingan caleg, aman?", "diskusi")]
    [InlineData("aku ora wani teka kampanye, cuma nonton youtube calon, aman to?", "kampanye")]
    public void Does_not_read_an_act_that_is_not_done(string question, string act) => Assert.DoesNotContain(act, Reader.Read(question).Acts.Keys);

    [Fact]
    public void A_forbidden_act_is_asked_about_not_negated()
    {
        var reading = Reader.Read("mulai kapan pns tidak boleh hadir kampanye?");
        Assert.Contains("hadir", reading.Acts.Keys);
        Assert.DoesNotContain("hadir", reading.NegatedActs);
    }

    [Fact]
    public void Not_a_big_deal_in_regional_speech_is_no_parent() =>
        Assert.Equal("saya", Reader.Read("kawan bilang honorer bebas kampanye. ulun handak jadi relawan paslon, kada papa kah?").ActorRole);

    [Fact]
    public void The_act_in_an_if_part_after_the_asked_act_sets_the_scene()
    {
        var reading = Reader.Read("boleh saya lapor kalau lihat teman pns kampanye?");
        Assert.Equal(1, reading.Acts["lapor"]);
        Assert.True(reading.Acts["kampanye"] < 1);
    }

    [Fact]
    public void An_act_said_not_to_be_done_is_negated_and_a_yes_no_tail_is_not()
    {
        var reading = Reader.Read("kalo cuma nonton live tiktok paslon tanpa komen boleh?");
        Assert.Contains("komentar", reading.NegatedActs);
        Assert.DoesNotContain("komentar", reading.Acts.Keys);
        Assert.Contains("menonton", reading.Acts.Keys);
        Assert.Contains("pasif", reading.Conditions);

        var asked = Reader.Read("boleh gak like postingan paslon?");
        Assert.Contains("like", asked.Acts.Keys);
        Assert.Empty(asked.NegatedActs);
    }

    [Theory]
    [InlineData("Kalau ketahuan pasang stiker caleg di motor, hukumannya apa?", "sanksi")]
    [InlineData("berapa ancaman pidana kalau asn ikut kampanye pilkada?", "sanksi")]
    [InlineData("kalau sy like postingan caleg kena sanksi gak?", "izin")]
    [InlineData("kalau mau lapor asn yang kampanye, ke mana?", "lapor")]
    [InlineData("kapan masa tenang pilkada 2024?", "tanggal")]
    [InlineData("apa itu cltn?", "definisi")]
    [InlineData("bolehkah asn melaporkan atasannya yang kampanye?", "izin")]
    public void Reads_what_is_asked(string question, string intent) => Assert.Equal(intent, Reader.Read(question).Intent);

    [Fact]
    public void A_sanction_phrase_is_not_read_as_the_act_of_threatening() =>
        Assert.DoesNotContain("intimidasi", Reader.Read("berapa ancaman pidana kalau asn ikut kampanye pilkada?").Acts.Keys);

    [Fact]
    public void A_long_story_weighs_the_question_clause_over_the_background()
    {
        var reading = Reader.Read(
            "Minggu lalu ada rapat koordinasi di kecamatan. Setelah rapat, pak camat cerita soal calon bupati yang katanya " +
            "peduli guru. Terus beliau minta kami semua ikut acara deklarasi calon itu minggu depan. Saya bingung, kalau saya " +
            "datang ke deklarasi itu melanggar gak?");
        Assert.Equal("asn", reading.Actor);
        Assert.Equal(1.0, reading.Acts["deklarasi"]);
        Assert.True(reading.Acts.GetValueOrDefault("pertemuan") < 1.0);
        Assert.Contains("deklarasi", reading.FocusText, StringComparison.Ordinal);
        Assert.DoesNotContain("koordinasi", reading.FocusText, StringComparison.Ordinal);
        Assert.DoesNotContain("peduli", reading.FocusText, StringComparison.Ordinal);
    }

    [Fact]
    public void Conditions_are_read_from_the_whole_message()
    {
        var reading = Reader.Read("tadi di acara peresmian puskesmas bupati petahana datang dan ngajak foto bareng, fotonya gak aku upload, aman kan?");
        Assert.Contains("acara-dinas", reading.Conditions);
        Assert.Contains("petahana", reading.Conditions);
        Assert.Contains("tidak-diunggah", reading.Conditions);
        Assert.DoesNotContain("diunggah", reading.Conditions);
    }

    [Fact]
    public void The_askers_aside_after_a_colleagues_act_is_not_what_is_asked()
    {
        var reading = Reader.Read("Kemarin rekan sekantor saya ikut berjoget di panggung kampanye caleg. Saya sendiri cuma nonton dari jauh. Yang dilakukan rekan saya itu melanggar tidak?");
        Assert.Equal("teman", reading.ActorRole);
        Assert.Equal("asn", reading.Actor);
        Assert.DoesNotContain("pasif", reading.Conditions);
        Assert.Contains("kampanye", reading.Acts.Keys);
    }

    [Fact]
    public void A_but_clause_with_an_act_done_contradicts_the_only_before_it()
    {
        Assert.DoesNotContain("pasif", Reader.Read("Kata kawan kantor dia cuma mau nonton debat calon, tapi di sana dia malah ikut orasi di panggung. Itu boleh?").Conditions);
        Assert.Contains("pasif", Reader.Read("saya cuma datang dengar visi misi, tapi tidak pakai atribut apa pun, boleh?").Conditions);
    }
}
