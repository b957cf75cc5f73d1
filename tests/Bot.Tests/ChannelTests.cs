using NetralBot.Bot.Common;

namespace NetralBot.Bot.Tests;

/// <summary>The channel value type and the <c>channel:user id</c> form of an admin actor.</summary>
public sealed class ChannelTests
{
    [Fact]
    public void A_stored_name_parses_to_its_channel_and_prints_as_it_was_stored()
    {
        Assert.Same(Channel.Telegram, Channel.Parse("telegram"));
        Assert.Same(Channel.WhatsApp, Channel.Parse("whatsapp"));
        Assert.Same(Channel.Console, Channel.Parse("console"));
        Assert.Equal("whatsapp", Channel.WhatsApp.ToString());
        Assert.Equal("telegram:5", $"{Channel.Telegram}:5");
    }

    [Fact]
    public void An_unknown_name_is_a_clear_error_naming_it_and_the_known_ones()
    {
        var error = Assert.Throws<FormatException>(() => Channel.Parse("Telegram")); // stored names are lower case
        Assert.Equal("Unknown channel \"Telegram\"; known: telegram, whatsapp, console.", error.Message);
        Assert.False(Channel.TryParse("", out _));
        Assert.False(Channel.TryParse(null, out _));
    }

    [Fact]
    public void An_admin_actor_round_trips_and_other_actors_are_nobody_on_a_channel()
    {
        var admin = new ChannelUser(Channel.WhatsApp, "6281200001111");
        Assert.Equal("whatsapp:6281200001111", admin.ToString());
        Assert.True(ChannelUser.TryParse(admin.ToString(), out var read));
        Assert.Equal(admin, read);
        Assert.True(ChannelUser.TryParse("telegram:1:2", out var colon));
        Assert.Equal("1:2", colon.UserId); // only the first ':' separates
        foreach (var other in new[] { "cli", "scheduler", "dihapus", "telegram:", ":1", "signal:1", null })
        {
            Assert.False(ChannelUser.TryParse(other, out _), other);
        }
    }
}
