using NetralBot.Bot.Channels;
using NetralBot.Bot.Common;
using NetralBot.Bot.Storage;
using NetralBot.Bot.Storage.Sqlite;
using NetralBot.Bot.Tests.Fakes;

namespace NetralBot.Bot.Tests;

public sealed class SqliteProcessedUpdateStoreTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Marks_once_per_channel_survives_reopen_and_prunes_old_ids()
    {
        var now = new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);
        var database = new SqliteDatabase(new SqliteOptions(_content.DatabasePath));
        database.Migrate();
        IProcessedUpdateStore store = new ProcessedIdStore(database);
        Assert.True(await store.TryMarkAsync(Channel.Telegram, 1, now.AddDays(-40)));
        Assert.False(await store.TryMarkAsync(Channel.Telegram, 1, now));
        Assert.True(await store.TryMarkAsync(Channel.WhatsApp, 1, now));

        IProcessedUpdateStore reopened = new ProcessedIdStore(new SqliteDatabase(new SqliteOptions(_content.DatabasePath)));
        Assert.False(await reopened.TryMarkAsync(Channel.Telegram, 1, now));

        Assert.Equal(1, await reopened.PruneAsync(now.AddDays(-30)));
        Assert.True(await reopened.TryMarkAsync(Channel.Telegram, 1, now));

        await reopened.UnmarkAsync(Channel.Telegram, 1);
        Assert.True(await reopened.TryMarkAsync(Channel.Telegram, 1, now));
    }
}
