using NetralBot.Bot.Conversation;
using NetralBot.Bot.Pledges;
using NetralBot.Bot.Subscribers;

namespace NetralBot.Bot.Privacy;

/// <summary><c>/datasaya</c> (or "data saya"): shows everything stored about the user (UU 27/2022, right of access).</summary>
internal sealed class MyDataHandler(
    IPersonalDataStore personalData, IPledgeCorrectionStore corrections, ISubscriberStore subscribers, PledgeOptions options,
    UserIdHash userHash, IEnumerable<IHashedUserData> hashedData) : TurnHandler
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "data saya", "datasaya", "lihat data saya", "data pribadi saya", "apa data saya", "data apa yang disimpan",
    };

    /// <inheritdoc />
    public override async Task<bool> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.Command is not { Name: "datasaya" } && !(context.Command is null && context.Turn.Text is not null && IsKeyword(context.Text)))
        {
            return false;
        }

        var turn = context.Turn;
        var pledges = new List<(Pledge, IReadOnlyList<PledgeVersion>)>();
        foreach (var pledge in await personalData.ListPledgesAsync(turn.Channel, turn.UserId, cancellationToken))
        {
            pledges.Add((pledge, await corrections.ListVersionsAsync(pledge.ReceiptCode, cancellationToken)));
        }

        var subscriber = await subscribers.FindAsync(turn.Channel, turn.ChatId, cancellationToken);
        var running = context.State?.Dialog switch
        {
            null => null,
            PledgeDialog.DialogName => "isian ikrar",
            var other => other,
        };
        var hash = userHash.ForUser(turn.Channel, turn.UserId);
        var counted = new List<(string, int)>();
        foreach (var data in hashedData)
        {
            counted.Add((data.Description, await data.CountAsync(hash, cancellationToken)));
        }

        context.Send(MyDataText.Format(turn.Channel, turn.UserId, pledges, subscriber, running, counted, options.RetentionDays));
        return true;
    }

    /// <summary>True for the typed words that ask for one's data.</summary>
    public static bool IsKeyword(string text) => text.Length <= 60 && Keywords.Contains(PhraseNormalizer.Normalize(text));
}
