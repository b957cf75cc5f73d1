using System.Text.Json;
using NetralBot.Bot.Conversation;
using NetralBot.Knowledge.Calendar;
using NetralBot.Knowledge.Recognizers;

namespace NetralBot.Bot.Pledges;

/// <summary>
/// The pledge dialog: pledge points, privacy notice, name, status, NIP (PNS/PPPK), agency, work unit, summary,
/// confirmation. The record is committed before the receipt is replied.
/// </summary>
internal sealed class PledgeDialog(
    IPledgeStore pledges,
    PledgeTextSource texts,
    PledgeOptions options,
    ReceiptCodeGenerator receipts,
    TimeProvider time) : IDialog
{
    /// <summary>The dialog name in the persisted state.</summary>
    public const string DialogName = "pledge";

    /// <summary>Button data prefix for the status choice.</summary>
    public const string StatusButtonPrefix = "pledge:status:";

    /// <summary>Button data of the confirm button.</summary>
    public const string ConfirmButtonData = "pledge:confirm";

    /// <summary>Button data of the cancel button.</summary>
    public const string CancelButtonData = "pledge:cancel";

    /// <inheritdoc />
    public string Name => DialogName;

    /// <summary>Starts the dialog, or shows the existing receipt when this user already pledged.</summary>
    /// <param name="context">The turn.</param>
    /// <param name="agency">An agency from a deep link, or null to ask it.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    public async Task StartAsync(TurnContext context, string? agency, CancellationToken cancellationToken)
    {
        var existing = await pledges.FindByChannelUserAsync(options.ElectionId, context.Turn.Channel, context.Turn.UserId, cancellationToken);
        if (existing is not null)
        {
            context.Send(PledgeMessages.AlreadyPledged(existing));
            if (context.State?.Dialog == DialogName)
            {
                context.ClearState();
            }

            return;
        }

        var text = texts.Current;
        if (text is null)
        {
            context.Send(PledgeMessages.TextUnavailable);
            return;
        }

        context.Send(PledgeMessages.Points(text));
        context.Send(PledgeMessages.PrivacyNotice);
        context.Send(PledgeMessages.AskFullName);
        var draft = new PledgeDraft(PledgeStep.FullName, null, null, null, agency, null, agency is not null, text.Version, text.Sha256);
        Save(context, draft);
    }

    /// <inheritdoc />
    public async Task ContinueAsync(TurnContext context, CancellationToken cancellationToken)
    {
        PledgeDraft? draft;
        try
        {
            draft = JsonSerializer.Deserialize(context.State!.Json, PledgeJsonContext.Default.PledgeDraft);
        }
        catch (JsonException)
        {
            draft = null; // e.g. a step name this version does not know
        }

        if (draft is null)
        {
            context.Send(PledgeMessages.DraftUnusable);
            context.ClearState();
            return;
        }

        var answer = context.Text;
        switch (draft.Step)
        {
            case PledgeStep.FullName:
                if (answer.Length is < 3 or > 100 || !answer.Any(char.IsLetter) || answer.StartsWith('/'))
                {
                    context.Send(PledgeMessages.InvalidFullName);
                    return;
                }

                AskStatus(context);
                Save(context, draft with { FullName = answer, Step = PledgeStep.Status });
                return;

            case PledgeStep.Status:
                var choice = context.Turn.ButtonData?.StartsWith(StatusButtonPrefix, StringComparison.Ordinal) == true
                    ? context.Turn.ButtonData[StatusButtonPrefix.Length..]
                    : answer;
                if (!EmploymentStatusNames.TryParse(choice, out var status))
                {
                    AskStatus(context);
                    return;
                }

                draft = draft with { Status = status, Nip = null };
                if (status.HasNip())
                {
                    context.Send(PledgeMessages.AskNip);
                    Save(context, draft with { Step = PledgeStep.Nip });
                    return;
                }

                AskAfterNip(context, draft);
                return;

            case PledgeStep.Nip:
                var today = IndonesianTimeZone.Wib.LocalDate(time.GetUtcNow());
                var check = NipValidator.Validate(answer, today);
                if (!check.IsValid)
                {
                    context.Send(check.Error + "\n\n" + PledgeMessages.RetryNip);
                    return;
                }

                var pledged = await pledges.FindByNipAsync(options.ElectionId, check.Nip!, cancellationToken);
                if (pledged is not null)
                {
                    context.Send(PledgeMessages.Existing(pledged, context.Turn.Channel, context.Turn.UserId));
                    context.ClearState();
                    return;
                }

                AskAfterNip(context, draft with { Nip = check.Nip });
                return;

            case PledgeStep.Agency:
                if (!IsFreeTextAnswer(answer))
                {
                    context.Send(PledgeMessages.InvalidFreeText);
                    return;
                }

                context.Send(PledgeMessages.AskWorkUnit);
                Save(context, draft with { Agency = answer, Step = PledgeStep.WorkUnit });
                return;

            case PledgeStep.WorkUnit:
                if (!IsFreeTextAnswer(answer))
                {
                    context.Send(PledgeMessages.InvalidFreeText);
                    return;
                }

                draft = draft with { WorkUnit = answer, Step = PledgeStep.Confirm };
                AskConfirmation(context, draft);
                Save(context, draft);
                return;

            case PledgeStep.Confirm when draft.IsComplete:
                await ConfirmAsync(context, draft, cancellationToken);
                return;

            default:
                // An unknown step, or a confirmation of a draft with empty fields: never save it, start over.
                context.Send(PledgeMessages.DraftUnusable);
                context.ClearState();
                return;
        }
    }

    private async Task ConfirmAsync(TurnContext context, PledgeDraft draft, CancellationToken cancellationToken)
    {
        var data = context.Turn.ButtonData;
        if (data == CancelButtonData || (data is null && YesNoRecognizer.Recognize(context.Text) == YesNo.No))
        {
            context.Send(PledgeMessages.Cancelled);
            context.ClearState();
            return;
        }

        var confirmed = data == ConfirmButtonData
            || PhraseNormalizer.Normalize(context.Text) == PhraseNormalizer.Normalize(PledgeMessages.ConfirmPhrase);
        if (!confirmed)
        {
            AskConfirmation(context, draft);
            return;
        }

        var pledge = new Pledge(
            options.ElectionId,
            receipts.Next(),
            draft.FullName!, // IsComplete
            draft.Status!.Value,
            draft.Status.Value.HasNip() ? draft.Nip : null,
            draft.Agency!,
            draft.WorkUnit!,
            context.Turn.Channel,
            context.Turn.UserId,
            draft.PledgeTextVersion,
            draft.PledgeTextSha256,
            time.GetUtcNow());

        // Durable before acknowledged: the receipt text is produced only from what the store committed.
        var saved = await pledges.SaveAsync(pledge, cancellationToken);
        context.Send(saved.Created
            ? PledgeMessages.Receipt(saved.Pledge)
            : PledgeMessages.Existing(saved.Pledge, context.Turn.Channel, context.Turn.UserId));
        context.ClearState();
    }

    private static void AskAfterNip(TurnContext context, PledgeDraft draft)
    {
        if (draft.AgencyFromLink && !string.IsNullOrWhiteSpace(draft.Agency))
        {
            context.Send($"Instansi: {draft.Agency}\n\n{PledgeMessages.AskWorkUnit}");
            Save(context, draft with { Step = PledgeStep.WorkUnit });
            return;
        }

        context.Send(PledgeMessages.AskAgency);
        Save(context, draft with { Step = PledgeStep.Agency });
    }

    private static void AskStatus(TurnContext context) =>
        context.Send(new Reply(PledgeMessages.AskStatus, [[
            new ReplyButton("PNS", StatusButtonPrefix + "PNS"),
            new ReplyButton("PPPK", StatusButtonPrefix + "PPPK"),
            new ReplyButton("Non-ASN", StatusButtonPrefix + "Non-ASN"),
        ]]));

    private static void AskConfirmation(TurnContext context, PledgeDraft draft) =>
        context.Send(new Reply(PledgeMessages.Summary(draft), [[
            new ReplyButton(PledgeMessages.ConfirmButton, ConfirmButtonData),
            new ReplyButton(PledgeMessages.CancelButton, CancelButtonData),
        ]]));

    private static bool IsFreeTextAnswer(string answer) => answer.Length is >= 2 and <= 200 && !answer.StartsWith('/');

    private static void Save(TurnContext context, PledgeDraft draft) =>
        context.SetState(new DialogState(DialogName, JsonSerializer.Serialize(draft, PledgeJsonContext.Default.PledgeDraft)));
}
