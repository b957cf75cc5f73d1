using Microsoft.Extensions.Logging.Abstractions;
using NetralBot.Bot.Common;

namespace NetralBot.Bot.Tests;

public sealed class LeaseWatchTests
{
    [Fact]
    public async Task A_lost_lease_cancels_the_running_round_and_says_so()
    {
        var leases = new ToggleLease();
        await using var slot = new BackgroundLeaseSlot(leases, "uji", NullLogger.Instance);
        Assert.True(await slot.EnsureHeldAsync(CancellationToken.None));

        await using var watch = slot.Watch(TimeSpan.FromMilliseconds(20), TimeProvider.System, CancellationToken.None);
        await Task.Delay(100);
        Assert.False(watch.Token.IsCancellationRequested); // still held: the round goes on

        leases.Held = false;
        await WaitUntilAsync(() => watch.Token.IsCancellationRequested);
        Assert.True(watch.LeaseLost);
    }

    [Fact]
    public async Task Stopping_cancels_the_round_without_calling_the_lease_lost()
    {
        var leases = new ToggleLease();
        await using var slot = new BackgroundLeaseSlot(leases, "uji", NullLogger.Instance);
        Assert.True(await slot.EnsureHeldAsync(CancellationToken.None));
        using var stopping = new CancellationTokenSource();

        await using var watch = slot.Watch(TimeSpan.FromMilliseconds(20), TimeProvider.System, stopping.Token);
        await stopping.CancelAsync();
        Assert.True(watch.Token.IsCancellationRequested);
        Assert.False(watch.LeaseLost);
    }

    [Fact]
    public async Task Watching_needs_a_held_lease()
    {
        await using var slot = new BackgroundLeaseSlot(new ToggleLease(), "uji", NullLogger.Instance);
        Assert.Throws<InvalidOperationException>(() => slot.Watch(TimeSpan.FromSeconds(1), TimeProvider.System, CancellationToken.None));
    }

    [Fact]
    public async Task A_process_taking_over_waits_the_grace_and_gives_up_if_the_lease_went_meanwhile()
    {
        var leases = new ToggleLease { TakeoverGrace = TimeSpan.FromMilliseconds(200) };
        await using var slot = new BackgroundLeaseSlot(leases, "uji", NullLogger.Instance);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.True(await slot.EnsureHeldAsync(CancellationToken.None));
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(190));

        leases.Held = false;
        Assert.False(await slot.EnsureHeldAsync(CancellationToken.None)); // lost, re-taken, and lost again after the grace
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }

    private sealed class ToggleLease : IBackgroundLease, IBackgroundLeaseHandle
    {
        public volatile bool Held = true;

        public TimeSpan TakeoverGrace { get; init; } = TimeSpan.Zero;

        public Task<IBackgroundLeaseHandle?> TryAcquireAsync(string name, CancellationToken cancellationToken = default) =>
            Task.FromResult<IBackgroundLeaseHandle?>(this);

        public Task<bool> IsHeldAsync(CancellationToken cancellationToken = default) => Task.FromResult(Held);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
