using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Common;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests;

/// <summary>The Telegram adapter alone: one attempt per send against the fake Bot API, each answer mapped to an outcome.</summary>
public sealed class TelegramBroadcastChannelTests : BroadcastTestBase
{
    private static readonly BroadcastMessage Message = new(1, "Apel <pagi> & doa", null);

    [Fact]
    public async Task An_accepted_message_is_sent_html_escaped_once()
    {
        var outcome = await Rig.NewTelegramChannel().DeliverAsync(Message, "42", CancellationToken.None);
        Assert.Equal(DeliveryOutcome.Sent, outcome);
        var sent = Assert.Single(FakeApi.Sent);
        Assert.Equal((42L, "Apel &lt;pagi&gt; &amp; doa", "HTML"), (sent.ChatId, sent.Text, sent.ParseMode));
    }

    [Theory]
    [InlineData(403, "Forbidden: bot was blocked by the user", null, nameof(DeliveryOutcomeKind.Blocked))]
    [InlineData(429, "Too Many Requests: retry after 12", 12, nameof(DeliveryOutcomeKind.RateLimited))]
    [InlineData(502, "Bad Gateway", null, nameof(DeliveryOutcomeKind.Transient))]
    [InlineData(400, "Bad Request: chat not found", null, nameof(DeliveryOutcomeKind.Failed))]
    public async Task An_api_error_becomes_its_outcome_after_a_single_attempt(int code, string description, int? retryAfter, string expected)
    {
        FakeApi.InjectFault(42, new InjectedFault(code, description, retryAfter));
        FakeApi.InjectFault(42, new InjectedFault(code, description, retryAfter)); // a retrying client would meet this one too

        var outcome = await Rig.NewTelegramChannel().DeliverAsync(Message, "42", CancellationToken.None);

        Assert.Equal(Enum.Parse<DeliveryOutcomeKind>(expected), outcome.Kind);
        Assert.Contains(description, outcome.Detail);
        Assert.Equal(retryAfter is { } seconds ? TimeSpan.FromSeconds(seconds) : null, outcome.RetryAfter);
        Assert.Single(FakeApi.Calls, c => c == "sendMessage");
        Assert.Empty(Rig.Delay.Delays);
    }

    [Fact]
    public async Task A_network_failure_is_transient_and_the_limits_come_from_the_broadcast_options()
    {
        var options = BroadcastOptions.Default with { GlobalRatePerSecond = 1000 };
        var channel = Rig.NewTelegramChannel(options, apiBaseUrl: "http://127.0.0.1:1"); // nothing listens on port 1

        Assert.Equal(DeliveryOutcomeKind.Transient, (await channel.DeliverAsync(Message, "42", CancellationToken.None)).Kind);
        Assert.Equal(new BroadcastChannelLimits(1000, TimeSpan.FromSeconds(1)), channel.Limits);
        Assert.Equal(Channel.Telegram, channel.Channel);
        Assert.Equal(DeliveryOutcomeKind.Failed, (await channel.DeliverAsync(Message, "bukan-angka", CancellationToken.None)).Kind);
    }
}
