using NetralBot.Knowledge.Answering;

namespace NetralBot.Knowledge.Tests.Search;

/// <summary>
/// The facts that changed by December 2026 and the topics added for them, asked in sentences written for this test
/// (not copied from the knowledge base or any evaluation set): each answer must carry the right verdict and the
/// current fact, and never the outdated one.
/// </summary>
public class CurrentFactsTests
{
    private static KnowledgeEngine Engine => ShippedKnowledgeBase.Engine.Value;

    public static TheoryData<string, Verdict, string[]> CorrectedTopics() => new()
    {
        // Reporting: BKN now, KASN dissolved, the court-ordered independent body.
        { "mbak, laporan pns yang kampanye itu ditujukan ke lembaga mana ya sekarang?", Verdict.Info, ["BKN", "KASN sudah tidak ada", "121/PUU-XXII/2024"] },
        { "setelah bawaslu terima aduan soal asn tidak netral, prosesnya lanjut ke siapa?", Verdict.Info, ["BKN", "bukan lagi ke KASN", "PPK"] },
        { "poster di kantor kami masih suruh ngadu ke KASN, apa lembaga itu masih jalan?", Verdict.Info, ["KASN sudah tidak ada", "BKN", "Oktober 2027"] },
        // Next elections: what MK 135 decided and what is still open.
        { "pemilu sesudah 2024 kapan lagi dan apa benar pilkada dipisah?", Verdict.Info, ["2029", "135/PUU-XXII/2024", "belum pasti"] },
        // UU 5/2014 revoked.
        { "asas netral untuk pegawai negara itu maksudnya gimana menurut uu asn?", Verdict.Info, ["UU 20/2023", "mencabut"] },
        // CLTN: PNS only, 5 years, up to 3 years, BKN, no "lazim 12 bulan".
        { "aturan cuti di luar tanggungan negara itu gimana, siapa yang bisa ambil?", Verdict.Info, ["hanya tersedia bagi PNS", "5 tahun", "3 tahun", "BKN"] },
        { "saya P3K, bisakah ambil CLTN biar bisa ikut suami kampanye?", Verdict.Info, ["tidak punya", "PNS"] },
        { "istri saya dicalonkan jadi wakil bupati, saya guru PPPK boleh ikut dampingi waktu kampanye?", Verdict.Bersyarat, ["PPPK", "tidak hadir", "hanya untuk PNS"] },
        { "pns mau daftar penjaringan bakal calon bupati di partai, harus cuti dulu?", Verdict.Dilarang, ["sedang", "5 tahun"] },
        // Party membership: resign first; leaving later does not cure it; SIPOL objection.
        { "saya pns dan baru sadar masih pegang kartu anggota partai, kalau keluar sekarang selesai masalahnya?", Verdict.Dilarang, ["mundur", "tidak menghapus", "SIPOL"] },
        // Passive attendance opens with the safe course and says officials disagree.
        { "kalau cuma berdiri di belakang nonton kampanye terbuka tanpa kaos partai, pns kena?", Verdict.Bersyarat, ["berisiko: sebaiknya tidak hadir", "111 Tahun 2024", "Mendagri"] },
        // PPPK paruh waktu are ASN.
        { "aku diangkat pppk paruh waktu tahun ini, masih boleh bantu kampanye caleg?", Verdict.Dilarang, ["ASN", "16 Tahun 2025"] },
        // Sanction levels: an official car is sedang to berat.
        { "pakai mobil plat merah buat antar tim ke lokasi kampanye, hukumannya apa?", Verdict.Info, ["sedang", "berat"] },
        // DIY in the 2024 pilkada.
        { "pilkada serentak 2024 diadakan di daerah mana saja, jogja ikut?", Verdict.Info, ["DI Yogyakarta", "508 kabupaten/kota"] },
    };

    public static TheoryData<string, Verdict, string[]> NewTopics() => new()
    {
        { "pak kades kami ikut jadi tim pemenangan caleg, apa ada pidananya?", Verdict.Info, ["bukan ASN", "Pasal 494", "UU Desa"] },
        { "sekdes yang bukan pns boleh pasang spanduk calon di kantor desa?", Verdict.Dilarang, ["perangkat desa", "UU Desa"] },
        { "anggota bpd jadi juru kampanye pilpres, melanggar nggak?", Verdict.Dilarang, ["BPD", "Pasal 494"] },
        { "ayah saya sudah pensiun dari dinas, boleh ikut tim sukses?", Verdict.Boleh, ["tidak lagi berstatus ASN"] },
        { "pensiun saya jatuh bulan depan, sekarang sudah boleh jadi relawan calon?", Verdict.Dilarang, ["sampai tanggal pensiun"] },
        { "masih bisa ngadu ke KASN nggak?", Verdict.Info, ["KASN sudah tidak ada", "BKN"] },
        { "pegawai kecamatan transfer uang buat biaya kampanye calon, boleh?", Verdict.Dilarang, ["penyandang dana"] },
        { "saya ditawari jadi saksi salah satu partai di TPS, saya ASN, boleh?", Verdict.Dilarang, ["saksi", "KPPS"] },
        { "ASN boleh gabung lembaga pemantau pemilu?", Verdict.Bersyarat, ["BKPSDM"] },
        { "kakak kandung saya nyaleg DPRD, saya PNS boleh jadi tim pemenangannya?", Verdict.Dilarang, ["suami atau istri"] },
        { "boleh foto kertas suara di bilik lalu kirim ke grup?", Verdict.Dilarang, ["bilik suara", "KPPS"] },
        { "hari pencoblosan pilkada itu libur resmi atau tidak?", Verdict.Info, ["hari libur", "Keppres"] },
        { "saya jaga piket di rumah sakit waktu pemilu, bisa tetap nyoblos di tempat lain?", Verdict.Info, ["PPS", "KPU"] },
        { "wali kota hasil pilkada baru dilantik dua bulan sudah ganti banyak kepala dinas, itu sah?", Verdict.Dilarang, ["6 bulan", "Mendagri"] },
        { "kena hukuman disiplin netralitas, bisa mengajukan keberatan ke mana?", Verdict.Boleh, ["BPASN", "PP 79/2021"] },
        { "di pilkada calon tunggal, pns ikut menggalang warga untuk memenangkan kolom kosong, boleh?", Verdict.Dilarang, ["kolom kosong"] },
        { "pilkada calon tunggal, saya asn boleh coblos kotak kosongnya?", Verdict.Boleh, ["rahasia"] },
        { "pj bupati terang-terangan mendukung satu paslon di rapat camat, itu melanggar?", Verdict.Dilarang, ["Pasal 188"] },
        { "penjabat wali kota ingin ikut pilkada, kapan harus berhenti dari jabatannya?", Verdict.Bersyarat, ["40 hari"] },
        { "di pengajian rutin ada calon bupati yang datang kasih sambutan, saya PNS harus keluar?", Verdict.Bersyarat, ["kampanye"] },
        { "saya penyuluh agama ASN, boleh di akhir ceramah minta jamaah pilih calon tertentu?", Verdict.Dilarang, ["berat"] },
        { "guru pns boleh promosikan caleg ke orang tua murid lewat grup kelas?", Verdict.Dilarang, ["murid"] },
        { "dosen ASN jadi pengamat politik di televisi, dilarang atau tidak?", Verdict.Bersyarat, ["tim ahli"] },
        { "ASN datang langsung ke gedung tempat debat paslon berlangsung, boleh?", Verdict.Bersyarat, ["sebaiknya tidak hadir", "111 Tahun 2024"] },
        { "kalo cuma nonton live tiktok paslon tanpa komen boleh?", Verdict.Bersyarat, ["hanya menonton"] },
        { "kalau saya melaporkan atasan yang tidak netral ke bawaslu, nama saya dirahasiakan?", Verdict.Bersyarat, ["pidana pemilu", "informasi awal"] },
        { "daerah kami harus coblos ulang tahun 2025, aturan netral asn tetap sama?", Verdict.Info, ["24 daerah", "27 Agustus 2025"] },
        { "kabarnya bupati nanti dipilih dprd, itu sudah berlaku?", Verdict.Info, ["wacana", "Prolegnas"] },
        { "nama saya muncul di sipol sebagai anggota partai padahal tidak pernah daftar", Verdict.Info, ["keberatan", "BKPSDM"] },
    };

    [Theory]
    [MemberData(nameof(CorrectedTopics))]
    [MemberData(nameof(NewTopics))]
    public void Answer_has_the_verdict_and_the_current_fact(string question, Verdict verdict, string[] facts)
    {
        var answer = Engine.Ask(question);

        Assert.True(verdict == answer.Verdict, $"{question} → {answer.Verdict} ({answer.TopicId}, {answer.Confidence:0.00})");
        foreach (var fact in facts)
        {
            Assert.Contains(fact, answer.Text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("Sumber: ", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cltn-pengertian", "lazim diambil sekitar 12 bulan")]
    [InlineData("lapor-kemana", "dulu dipegang KASN")]
    [InlineData("hadir-kampanye-pendengar", "B.9")]
    [InlineData("konsultan-tim-ahli-calon", "B.10")]
    [InlineData("dukungan-ktp-calon-perseorangan", "B.11")]
    [InlineData("keputusan-menguntungkan-paslon", "B.12")]
    [InlineData("mendekati-parpol-tanpa-cltn", "berat menurut matriks")]
    [InlineData("fasilitas-negara-kampanye", "merupakan pelanggaran berat.")]
    public void Outdated_statements_are_gone(string topic, string outdated) =>
        Assert.DoesNotContain(outdated, Engine.AnswerTopic(topic)!.Text, StringComparison.Ordinal);

    [Fact]
    public void The_pledge_is_never_listed_as_a_legal_basis()
    {
        var withPledge = Engine.Entries.Where(e => e.LegalBases.Any(b => b.StartsWith("Ikrar", StringComparison.OrdinalIgnoreCase))).Select(e => e.Id);
        Assert.Empty(withPledge);
    }

    [Fact]
    public void Passive_attendance_opens_with_the_safe_course()
    {
        var entry = Engine.Entries.Single(e => e.Id == "hadir-kampanye-pendengar");
        Assert.StartsWith("Boleh dengan syarat, tetapi berisiko: sebaiknya tidak hadir.", entry.AnswerText, StringComparison.Ordinal);
        Assert.Equal(Verdict.Bersyarat, entry.Verdict);
    }

    [Fact]
    public void Every_clause_that_suggests_cltn_also_says_it_is_for_pns_only()
    {
        // CLTN advice without its conditions misleads PPPK, who cannot take it (reference §5.7).
        var careless = Engine.Entries
            .Where(e => (e.Advice ?? string.Empty).Contains("CLTN", StringComparison.Ordinal))
            .Where(e => !(e.AnswerText + e.Advice).Contains("PNS", StringComparison.Ordinal)
                || !(e.AnswerText + e.Advice).Contains("PPPK", StringComparison.Ordinal))
            .Select(e => e.Id);
        Assert.Empty(careless);
    }
}
