using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Common;

namespace NetralBot.Bot.Tests;

/// <summary>The creator of a job: who gets the final report.</summary>
public sealed class BroadcastCreatorTests
{
    [Fact]
    public void A_chat_admin_has_a_channel_and_user_and_the_cli_has_nobody_to_report_to()
    {
        Assert.Equal(new BroadcastCreator("whatsapp:62812:9", new ChannelUser(Channel.WhatsApp, "62812:9")), BroadcastCreator.Parse("whatsapp:62812:9"));
        Assert.Null(BroadcastCreator.Parse("cli").Admin);
        Assert.Null(BroadcastCreator.Parse("dihapus").Admin);
        Assert.Null(BroadcastCreator.Parse("telegram:").Admin);
        Assert.Null(BroadcastCreator.Parse("signal:1").Admin); // not a channel of ours: nobody to report to
        Assert.Equal("telegram:1", BroadcastCreator.Parse("telegram:1").ToString());
    }
}
