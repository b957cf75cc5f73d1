using NetralBot.Bot.Conversation;
using NetralBot.Knowledge.Calendar;

namespace NetralBot.Bot.Subscribers;

/// <summary>
/// <c>/zona WIB|WITA|WIT</c> records the chat's time zone, so calendar reminders arrive at the local hour where the
/// user works; <c>/zona</c> alone shows the current one and how to change it. Channel-neutral, like
/// <see cref="BroadcastPreferenceHandler"/>.
/// </summary>
internal sealed class TimeZoneHandler(ISubscriberStore subscribers) : TurnHandler
{
    /// <inheritdoc />
    public override async Task<bool> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var turn = context.Turn;
        if (context.Command is not { Name: "zona" } command)
        {
            return false;
        }

        if (command.Payload.Length == 0)
        {
            var subscriber = await subscribers.FindAsync(turn.Channel, turn.ChatId, cancellationToken);
            context.Send(BotTexts.TimeZoneCurrent(subscriber?.TimeZone));
            return true;
        }

        if (!IndonesianTimeZones.TryParse(command.Payload, out var zone))
        {
            context.Send(BotTexts.TimeZoneUnknown(command.Payload));
            return true;
        }

        await subscribers.SetTimeZoneAsync(turn.Channel, turn.ChatId, turn.UserId, turn.ReceivedAt, zone, cancellationToken);
        context.Send(BotTexts.TimeZoneSet(zone));
        return true;
    }
}
