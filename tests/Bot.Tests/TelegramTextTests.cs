using NetralBot.Bot.Channels.Telegram;

namespace NetralBot.Bot.Tests;

public class TelegramTextTests
{
    [Fact]
    public void Html_escape_replaces_only_amp_lt_gt() =>
        Assert.Equal("a &lt;b&gt; &amp; \"c\" 'd' *e* _f_", TelegramHtml.Escape("a <b> & \"c\" 'd' *e* _f_"));

    [Theory]
    [InlineData("", "")]
    [InlineData("tanpa tanda", "tanpa tanda")]
    [InlineData("<<&>>", "&lt;&lt;&amp;&gt;&gt;")]
    [InlineData("akhir &", "akhir &amp;")]
    [InlineData("> awal", "&gt; awal")]
    public void Html_escape_handles_edges_and_runs(string text, string escaped) => Assert.Equal(escaped, TelegramHtml.Escape(text));

    [Fact]
    public void Short_text_is_one_part() => Assert.Equal(["halo"], TelegramTextSplitter.Split("halo"));

    [Fact]
    public void Split_prefers_paragraphs_and_loses_nothing()
    {
        var paragraphs = Enumerable.Range(0, 30).Select(i => $"P{i} " + new string('y', 300)).ToList();
        var text = string.Join("\n\n", paragraphs);
        var parts = TelegramTextSplitter.Split(text);
        Assert.True(parts.Count >= 3);
        Assert.All(parts, p => Assert.True(p.Length <= TelegramTextSplitter.MaxMessageLength));
        Assert.Equal(text, string.Join("\n\n", parts));
    }

    [Fact]
    public void Split_without_spaces_cuts_hard_but_keeps_surrogate_pairs()
    {
        var text = new string('a', 4095) + "😀" + new string('b', 10);
        var parts = TelegramTextSplitter.Split(text);
        Assert.Equal(4095, parts[0].Length);
        Assert.StartsWith("😀", parts[1]);
    }
}
