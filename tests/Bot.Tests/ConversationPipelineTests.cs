using Microsoft.Extensions.Logging.Abstractions;
using NetralBot.Bot.Common;
using NetralBot.Bot.Conversation;

namespace NetralBot.Bot.Tests;

/// <summary>The turn pipeline: steps in order, each around the rest; a handler that answers ends the turn.</summary>
public sealed class ConversationPipelineTests
{
    private static readonly Turn Command = new(Channel.Telegram, "1", "1", "/zona@NetralBot wita", null, DateTimeOffset.UnixEpoch);

    [Fact]
    public async Task A_step_acts_before_and_after_the_rest_and_sees_the_command_parsed_once()
    {
        var log = new List<string>();
        var engine = Engine(new Around(log), new Answering("jawaban", log), new Answering("tidak pernah", log));

        var replies = await engine.HandleAsync(Command);

        Assert.Equal(["before zona:wita", "answer jawaban", "after 1"], log);
        Assert.Equal("jawaban", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task A_handler_that_passes_lets_the_next_one_answer()
    {
        var log = new List<string>();
        var engine = Engine(new Passing(log), new Answering("kedua", log));

        var replies = await engine.HandleAsync(Command with { Text = "halo" });

        Assert.Equal(["pass", "answer kedua"], log);
        Assert.Equal("kedua", Assert.Single(replies).Text);
    }

    private static ConversationEngine Engine(params ITurnStep[] steps) =>
        new(steps, new MemoryStates(), TimeProvider.System, NullLogger<ConversationEngine>.Instance);

    private sealed class Around(List<string> log) : ITurnStep
    {
        public async Task InvokeAsync(TurnContext context, Func<Task> next, CancellationToken cancellationToken)
        {
            log.Add($"before {context.Command?.Name}:{context.Command?.Payload}");
            await next();
            log.Add($"after {context.Replies.Count}");
        }
    }

    private sealed class Answering(string text, List<string> log) : TurnHandler
    {
        public override Task<bool> HandleAsync(TurnContext context, CancellationToken cancellationToken)
        {
            log.Add("answer " + text);
            context.Send(text);
            return Task.FromResult(true);
        }
    }

    private sealed class Passing(List<string> log) : TurnHandler
    {
        public override Task<bool> HandleAsync(TurnContext context, CancellationToken cancellationToken)
        {
            log.Add("pass");
            return Task.FromResult(false);
        }
    }

    private sealed class MemoryStates : IDialogStateStore
    {
        public Task<DialogState?> LoadAsync(Channel channel, string userId, CancellationToken cancellationToken = default) => Task.FromResult<DialogState?>(null);

        public Task SaveAsync(Channel channel, string userId, DialogState state, DateTimeOffset updatedAt, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task ClearAsync(Channel channel, string userId, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
