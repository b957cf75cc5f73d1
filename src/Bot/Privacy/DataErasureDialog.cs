using NetralBot.Bot.Conversation;
using NetralBot.Bot.Pledges;

namespace NetralBot.Bot.Privacy;

/// <summary>
/// <c>/hapusdata</c> (or "hapus data saya"): explains what is deleted and what is kept and why, asks for confirmation
/// (button, or YA typed), then erases in one transaction and confirms (UU 27/2022, right to erasure).
/// </summary>
internal sealed class DataErasureDialog(
    IPersonalDataStore personalData, INipHash nipHash, PledgeOptions options, TimeProvider time, UserIdHash userHash, IEnumerable<IHashedUserData> hashedData)
    : TurnHandler, IDialog
{
    /// <summary>The dialog name in the persisted state.</summary>
    public const string DialogName = "hapus-data";

    /// <summary>Button data of the erase button.</summary>
    public const string EraseButtonData = "privacy:erase";

    /// <summary>Button data of the keep button.</summary>
    public const string KeepButtonData = "privacy:keep";

    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "hapus data", "hapus data saya", "hapusdata", "hapus data pribadi", "hapus data pribadi saya", "hapus semua data saya",
    };

    /// <inheritdoc />
    public string Name => DialogName;

    /// <inheritdoc />
    public override async Task<bool> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.Command is not { Name: "hapusdata" } && !(context.Command is null && context.Turn.Text is not null && IsKeyword(context.Text)))
        {
            return false;
        }

        var pledges = await personalData.ListPledgesAsync(context.Turn.Channel, context.Turn.UserId, cancellationToken);
        context.Send(new Reply(PrivacyTexts.ErasureExplanation(pledges.Count > 0, options.RetentionDays), [[
            new ReplyButton(PrivacyTexts.EraseButton, EraseButtonData),
            new ReplyButton(PrivacyTexts.KeepButton, KeepButtonData),
        ]]));
        context.SetState(new DialogState(DialogName, "{}"));
        return true;
    }

    /// <inheritdoc />
    public async Task ContinueAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var data = context.Turn.ButtonData;
        var confirmed = data == EraseButtonData || (data is null && PhraseNormalizer.Normalize(context.Text) is "ya" or "ya hapus" or "hapus");
        if (!confirmed)
        {
            context.Send(PrivacyTexts.ErasureCancelled);
            context.ClearState();
            return;
        }

        var turn = context.Turn;
        var result = await personalData.EraseAsync(turn.Channel, turn.UserId, nipHash.Hash, time.GetUtcNow(), cancellationToken);
        // Rows other capabilities keep under the user's hash (feedback, question log): deleted after the erasure above.
        var hash = userHash.ForUser(turn.Channel, turn.UserId);
        foreach (var store in hashedData)
        {
            await store.DeleteAsync(hash, cancellationToken);
        }

        context.ClearState();
        context.Send(PrivacyTexts.ErasureDone(result));
    }

    /// <summary>True for the typed words that ask for erasure.</summary>
    public static bool IsKeyword(string text) => text.Length <= 60 && Keywords.Contains(PhraseNormalizer.Normalize(text));
}
