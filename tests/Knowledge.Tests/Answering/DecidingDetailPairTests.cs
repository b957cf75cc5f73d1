using NetralBot.Knowledge.Answering;
using NetralBot.Knowledge.Tests.Search;

namespace NetralBot.Knowledge.Tests.Answering;

/// <summary>
/// Pairs of questions that differ in one deciding detail — who acts, posted or not, permission or sanction, passive or
/// active, in or outside office hours, the period — must both get their own verdict and topic (issue 15). Written for
/// these tests in the ways employees write, regional forms included; none is taken from an evaluation set.
/// </summary>
public class DecidingDetailPairTests
{
    private static KnowledgeEngine Engine => ShippedKnowledgeBase.Engine.Value;

    public static TheoryData<string, string, string, string, string, string> Pairs => new()
    {
        // me vs my spouse who is not ASN
        { "saya PNS, boleh jadi relawan caleg?", "DILARANG", "tim-sukses-pemilu",
          "istri saya ibu rumah tangga, bukan PNS, boleh jadi relawan caleg?", "BOLEH", "pasangan-bukan-asn-kampanye" },
        // a photo kept private vs posted with a pose
        { "foto bareng cabup di acara kantor, fotonya cuma disimpan di hp, aman?", "BERSYARAT", "foto-bersama-calon-acara-resmi",
          "foto bareng cabup terus saya posting di ig sambil acung dua jari, aman?", "DILARANG", "unggah-foto-bersama-calon" },
        // "is it allowed" vs "what is the sanction"
        { "pns boleh pasang baliho caleg di pagar rumah?", "DILARANG", "pasang-alat-peraga",
          "pns yang pasang baliho caleg di pagar rumah sanksinya apa?", "INFO", "pasang-alat-peraga" },
        // before vs after candidates are determined: a reaction is a violation either way
        { "sebelum penetapan calon, boleh nggak PNS like postingan bakal calon bupati?", "DILARANG", "like-komentar-calon",
          "setelah calon bupati ditetapkan KPU, boleh nggak PNS like postingan calon itu?", "DILARANG", "like-komentar-calon" },
        // passive (watching at home) vs active (speaking on stage)
        { "saya cuma nonton debat capres di tv rumah, boleh?", "BOLEH", "menonton-debat-visi-misi",
          "saya naik panggung orasi di kampanye capres, boleh?", "DILARANG", "ikut-kampanye-orasi" },
        // outside office hours, no attributes, listening vs office hours in uniform
        { "saya hadir kampanye di luar jam kerja, tanpa atribut, cuma mendengarkan, boleh?", "BERSYARAT", "hadir-kampanye-pendengar",
          "saya hadir kampanye saat jam kerja pakai seragam dinas, boleh?", "DILARANG", "seragam-dinas-kampanye" },
        // retired vs retiring in three months
        { "saya pensiunan PNS, boleh jadi tim sukses caleg?", "BOLEH", "pensiunan-kampanye",
          "saya PNS, 3 bulan lagi pensiun, boleh jadi tim sukses caleg?", "DILARANG", "menjelang-pensiun-kampanye" },
        // a village head vs a relative who is not ASN
        { "kepala desa boleh ikut kampanye caleg?", "DILARANG", "perangkat-desa-kampanye",
          "adik saya wiraswasta, bukan ASN, boleh ikut kampanye caleg?", "BOLEH", "pasangan-bukan-asn-kampanye" },
        // voting vs urging others to vote for someone
        { "PNS boleh nyoblos di TPS?", "BOLEH", "mencoblos",
          "PNS boleh ngajak tetangga nyoblos caleg tertentu?", "DILARANG", "mengajak-memilih-calon" },
        // watching a live stream without reacting vs reacting with an emoji
        { "saya cuma nonton live ig cagub tanpa komen, boleh?", "BERSYARAT", "nonton-live-calon",
          "saya kasih 🔥 di live ig cagub, boleh?", "DILARANG", "like-komentar-calon" },
        // reporting a violation vs taking part in a campaign
        { "boleh saya lapor ke bawaslu kalau lihat pns kampanye?", "BOLEH/INFO", "",
          "boleh saya ikut kampanye pilkada?", "DILARANG", "" },
        // an honorer vs a spouse who is a trader
        { "saya honorer, boleh pasang stiker paslon di motor?", "DILARANG", "pasang-alat-peraga",
          "suami saya pedagang, bukan pns, boleh pasang stiker paslon di motornya?", "BOLEH", "pasangan-bukan-asn-kampanye" },
        // a polling-station officer vs a party witness at the same station
        { "PNS boleh jadi anggota KPPS di TPS?", "BOLEH", "anggota-kpps-pps-ppk",
          "PNS boleh jadi saksi partai di TPS?", "DILARANG", "saksi-parpol-tps" },
        // a village head: the penalty vs the permission
        { "kades yang ikut kampanye ancaman pidananya berapa?", "INFO", "kepala-desa-kampanye",
          "kades boleh ikut kampanye?", "DILARANG", "perangkat-desa-kampanye" },
        // Papuan Malay: a campaign in party clothes vs voting
        { "sa pns, sa boleh pigi kampanye pake kaos partai kah?", "DILARANG", "hadir-kampanye-atribut",
          "sa pns, sa boleh pigi ke tps nyoblos kah?", "BOLEH", "mencoblos" },
        // Banjar: polling officer vs campaign team
        { "ulun PNS, handak jadi anggota KPPS, kawa lah?", "BOLEH", "anggota-kpps-pps-ppk",
          "ulun PNS, handak jadi timses paslon, kawa lah?", "DILARANG", "tim-sukses-pemilu" },
        // asking the bot to take a side vs asking about one's own act of praising a candidate
        { "siapa calon bupati paling bagus?", "INFO", NeutralityGuard.TopicId,
          "apakah PNS boleh nulis di grup wa kalau calon tertentu paling bagus?", "DILARANG", "" },
        // accompanying a spouse who stands vs speaking at the spouse's campaign
        { "suami saya calon bupati, saya PNS, boleh mendampingi dia kampanye?", "BERSYARAT", "mendampingi-pasangan-calon",
          "suami saya calon bupati, saya PNS, boleh ikut orasi di panggung kampanyenya?", "DILARANG", "ikut-kampanye-orasi" },
        // a date vs an act in that period
        { "kapan masa tenang pilkada 2024?", "INFO", "kalender-pilkada-2024",
          "boleh pns pasang status dukungan ke paslon di masa tenang?", "DILARANG", "" },
        // Minang: sharing campaign content vs watching a debate
        { "ambo PNS, bolehkah ambo share video kampanye caleg?", "DILARANG", "share-konten-calon",
          "ambo PNS, bolehkah ambo nonton debat cagub di tv?", "BOLEH", "menonton-debat-visi-misi" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Both_questions_of_a_pair_get_their_own_verdict(
        string first, string firstVerdicts, string firstTopic, string second, string secondVerdicts, string secondTopic)
    {
        var a = Engine.Ask(first);
        var b = Engine.Ask(second);

        AssertAnswer(a, firstVerdicts, firstTopic);
        AssertAnswer(b, secondVerdicts, secondTopic);
        // The deciding detail must change the answer: another verdict or another entry.
        Assert.True(a.Verdict != b.Verdict || a.TopicId != b.TopicId || firstTopic == secondTopic, $"{first} | {second}");
    }

    private static void AssertAnswer(Answer answer, string verdicts, string topic)
    {
        var allowed = verdicts.Split('/').Select(v => VerdictNames.TryParse(v, out var parsed) ? parsed : throw new ArgumentException(v)).ToList();
        Assert.True(allowed.Contains(answer.Verdict), $"{answer.Question}: {answer.Verdict} ({answer.TopicId}), expected {verdicts}");
        Assert.NotNull(answer.TopicId);
        if (topic.Length > 0)
        {
            Assert.Equal(topic, answer.TopicId);
        }
    }
}
