using System.Text.RegularExpressions;

namespace NetralBot.Bot.Feedback;

/// <summary>
/// Replaces personal data a user may type into a question before it is stored: e-mail addresses, phone numbers and
/// long digit runs (NIP: 18 digits, NIK: 16, often typed in groups), and a name where the user introduces themself
/// ("nama saya Budi Santoso", "saya bernama …", "perkenalkan, saya …"). Other names cannot be told from other words
/// reliably, so they are not touched; the log never stores the pledge's name field, only what was asked.
/// </summary>
internal static partial class PersonalDataScrubber
{
    /// <summary>What an e-mail address becomes.</summary>
    public const string Email = "[email]";

    /// <summary>What a phone number becomes.</summary>
    public const string Phone = "[telepon]";

    /// <summary>What a NIP-like digit run becomes.</summary>
    public const string Number = "[nomor]";

    /// <summary>What a name in a self-introduction becomes.</summary>
    public const string Name = "[nama]";

    /// <summary>The text with e-mail addresses, phone numbers, runs of 9 or more digits and introduced names replaced by placeholders.</summary>
    public static string Scrub(string text)
    {
        var scrubbed = IntroducedNamePattern().Replace(text, match => match.Groups["lead"].Value + Name);
        scrubbed = EmailPattern().Replace(scrubbed, Email);
        scrubbed = PhonePattern().Replace(scrubbed, Phone);
        return DigitRunPattern().Replace(scrubbed, Number);
    }

    // "nama saya|sy|aku X", "namaku X", "saya|sy|aku bernama X", "perkenalkan(,) saya X" (optionally "adalah" or ":"),
    // then a word and up to three capitalised ones: a name is rarely longer, and a lower-case word ends it. "nama saya
    // tidak tercatat …" is about a name, not one: the words such a sentence goes on with are not taken for a name.
    [GeneratedRegex(
        @"(?<lead>\b(?i:nama\s+(?:lengkap\s+)?(?:saya|sy|aku|ku|gue|gw)|namaku|(?:saya|sy|aku)\s+bernama|perkenalkan\s*,?\s*(?:saya|sy|aku))\s*(?i:adalah\s+|:\s*)?)"
        + @"(?!(?i:tidak|tdk|gak|ga|nggak|ngga|enggak|sudah|udah|sdh|belum|blm|ada|masuk|tercatut|tercatat|dicatut|terdaftar|didaftarkan|dipakai|digunakan|di|ke|dan|juga|pernah|bisa|masih|kok|ikut|salah|muncul|asn|pns|pppk|honorer)\b)"
        + @"\p{L}[\p{L}']*(?:\s+\p{Lu}[\p{L}']*){0,3}",
        RegexOptions.CultureInvariant)]
    private static partial Regex IntroducedNamePattern();

    [GeneratedRegex(@"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+")]
    private static partial Regex EmailPattern();

    // Indonesian mobile numbers: +62 / 62 / 0, then 8 and 7–11 more digits, optionally grouped by spaces, dots or dashes.
    [GeneratedRegex(@"(?<![\p{N}])(?:\+62|62|0)[\s.\-]?8(?:[\s.\-]?\p{N}){7,11}(?![\p{N}])")]
    private static partial Regex PhonePattern();

    // 9 or more digits, optionally in groups separated by single spaces, dots or dashes ("19850312 201001 1 002").
    // Dates ("12-12-2024") and years have fewer digits and stay.
    [GeneratedRegex(@"(?<![\p{N}])\p{N}(?:[\s.\-]?\p{N}){8,}(?![\p{N}])")]
    private static partial Regex DigitRunPattern();
}
