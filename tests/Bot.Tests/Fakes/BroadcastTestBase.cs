namespace NetralBot.Bot.Tests.Fakes;

/// <summary>A fake Telegram server, a content folder and a broadcast rig per test, disposed after it.</summary>
public abstract class BroadcastTestBase : IAsyncLifetime
{
    private protected FakeTelegramServer FakeApi { get; private set; } = null!;

    private protected TestContent Content { get; } = new();

    private protected BroadcastRig Rig { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        FakeApi = await FakeTelegramServer.StartAsync();
        Rig = new BroadcastRig(FakeApi, Content);
    }

    public async Task DisposeAsync()
    {
        Rig.Dispose();
        await FakeApi.DisposeAsync();
        Content.Dispose();
    }
}
