using NetralBot.Bot.Access;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests;

/// <summary>
/// The fake API records when it accepted each message; the checks count violations of the limits with a small
/// tolerance for network jitter. They assert no violation, never a duration.
/// </summary>
public sealed class BroadcastRateLimitTests : BroadcastTestBase
{
    [Fact]
    public async Task Global_rate_is_never_exceeded_in_any_one_second_window()
    {
        const int Rate = 200;
        Rig.AddSubscribers(1, 500);
        await Rig.Queue.QueueAsync("cli", AdminRole.Super, "Pesan", BroadcastTarget.All, null);
        using var sender = Rig.NewSender(rate: Rate, workers: 32);
        await sender.RunNextDueAsync(CancellationToken.None);

        var times = FakeApi.AcceptTimes.Select(t => t.At).Order().ToList();
        Assert.Equal(500, times.Count);
        var maxInWindow = 0;
        for (int start = 0, end = 0; start < times.Count; start++)
        {
            while (end < times.Count && times[end] - times[start] < TimeSpan.FromSeconds(1))
            {
                end++;
            }

            maxInWindow = Math.Max(maxInWindow, end - start);
        }

        Assert.InRange(maxInWindow, 1, (int)(Rate * 1.05) + 2);
    }

    [Fact]
    public async Task Two_broadcasts_back_to_back_keep_one_second_between_messages_to_the_same_chat()
    {
        Rig.AddSubscribers(1, 3);
        await Rig.Queue.QueueAsync("cli", AdminRole.Super, "Pertama", BroadcastTarget.All, null);
        await Rig.Queue.QueueAsync("cli", AdminRole.Super, "Kedua", BroadcastTarget.All, null);
        using var sender = Rig.NewSender();
        await sender.RunNextDueAsync(CancellationToken.None);
        await sender.RunNextDueAsync(CancellationToken.None);

        var perChat = FakeApi.AcceptTimes.GroupBy(t => t.ChatId).ToList();
        Assert.Equal(3, perChat.Count);
        Assert.All(perChat, chat =>
        {
            var times = chat.Select(t => t.At).Order().ToList();
            Assert.Equal(2, times.Count);
            Assert.True(times[1] - times[0] >= TimeSpan.FromSeconds(0.9), $"chat {chat.Key}: {(times[1] - times[0]).TotalMilliseconds} ms apart");
        });
    }
}
