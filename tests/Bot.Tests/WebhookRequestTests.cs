using System.Text;
using NetralBot.Bot.Channels;

namespace NetralBot.Bot.Tests;

public class WebhookRequestTests
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"update_id":1}""");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_within_the_cap_is_read_whole_with_or_without_a_declared_length(bool declared) =>
        Assert.Equal(Body, await WebhookRequest.ReadCappedAsync(new MemoryStream(Body), declared ? Body.Length : null, 1024, CancellationToken.None));

    [Fact]
    public async Task A_body_past_the_cap_without_a_declared_length_is_refused() =>
        Assert.Null(await WebhookRequest.ReadCappedAsync(new MemoryStream(new byte[2048]), null, 1024, CancellationToken.None));

    [Fact]
    public async Task A_body_longer_than_its_declared_length_is_refused() =>
        Assert.Null(await WebhookRequest.ReadCappedAsync(new MemoryStream(new byte[2048]), 10, 1024, CancellationToken.None));

    [Fact]
    public async Task A_body_shorter_than_its_declared_length_fails_the_read() =>
        await Assert.ThrowsAsync<EndOfStreamException>(() => WebhookRequest.ReadCappedAsync(new MemoryStream(Body), Body.Length + 5, 1024, CancellationToken.None));
}
