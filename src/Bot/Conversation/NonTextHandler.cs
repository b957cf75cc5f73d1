namespace NetralBot.Bot.Conversation;

/// <summary>Answers stickers, photos and other messages without text politely.</summary>
internal sealed class NonTextHandler : TurnHandler
{
    /// <inheritdoc />
    public override Task<bool> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.Turn.Text is not null || context.Turn.ButtonData is not null)
        {
            return Task.FromResult(false);
        }

        context.Send(BotTexts.TextOnly);
        return Task.FromResult(true);
    }
}
