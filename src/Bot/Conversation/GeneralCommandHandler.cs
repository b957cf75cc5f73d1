namespace NetralBot.Bot.Conversation;

/// <summary>/start (without a pledge payload), /help, /batal and unknown commands.</summary>
internal sealed class GeneralCommandHandler : TurnHandler
{
    /// <inheritdoc />
    public override Task<bool> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var command = context.Command;
        switch (command?.Name)
        {
            case null:
                return Task.FromResult(false);
            case "start":
                context.Send(BotTexts.Welcome);
                break;
            case "help" or "bantuan":
                context.Send(BotTexts.Help);
                break;
            case "batal" or "cancel":
                context.Send(context.State is null ? BotTexts.NothingToCancel : BotTexts.Cancelled);
                if (context.State is not null)
                {
                    context.ClearState();
                }

                break;
            default:
                context.Send(BotTexts.UnknownCommand);
                break;
        }

        return Task.FromResult(true);
    }
}
