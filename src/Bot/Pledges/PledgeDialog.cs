using System.Text.Json;
using NetralBot.Bot.Conversation;
using NetralBot.Bot.Pledges.Agencies;
using NetralBot.Knowledge.Calendar;
using NetralBot.Knowledge.Recognizers;

namespace NetralBot.Bot.Pledges;

/// <summary>
/// The pledge dialog: pledge points, privacy notice, name, status, NIP (PNS/PPPK), agency (matched to the agency
/// list), work unit, summary, confirmation. The record is committed before the receipt is replied. The same steps
/// correct a pledge (<c>/ubahikrar</c>) with the current values as defaults; the correction is stored as a new version.
/// </summary>
internal sealed class PledgeDialog(
    IPledgeStore pledges,
    IPledgeCorrectionStore corrections,
    PledgeTextSource texts,
    AgencyListSource agencies,
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

    /// <summary>Button data of "keep the current value" while correcting.</summary>
    public const string KeepButtonData = "pledge:keep";

    /// <summary>Button data of "yes, that is my agency".</summary>
    public const string AgencyYesButtonData = "pledge:agency:yes";

    /// <summary>Button data of "no, I will type it again".</summary>
    public const string AgencyNoButtonData = "pledge:agency:no";

    private static readonly HashSet<string> KeepWords = new(StringComparer.Ordinal)
    {
        "tetap", "skip", "lewati", "lewat", "sama", "tidak berubah", "tdk berubah", "gak berubah", "biarkan",
    };

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
        context.Send(PledgeMessages.PrivacyNotice(options.RetentionDays));
        context.Send(PledgeMessages.AskFullName);
        var draft = new PledgeDraft(PledgeStep.FullName, null, null, null, agency, null, agency is not null, text.Version, text.Sha256);
        Save(context, draft);
    }

    /// <summary>Starts correcting this user's pledge (<c>/ubahikrar</c>), or says there is none.</summary>
    public async Task StartCorrectionAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var existing = await pledges.FindByChannelUserAsync(options.ElectionId, context.Turn.Channel, context.Turn.UserId, cancellationToken);
        if (existing is null)
        {
            context.Send(PledgeMessages.NothingToCorrect);
            if (context.State?.Dialog == DialogName)
            {
                context.ClearState();
            }

            return;
        }

        var draft = new PledgeDraft(
            PledgeStep.FullName, existing.FullName, existing.Status, existing.Nip, existing.Agency, existing.WorkUnit, false,
            existing.PledgeTextVersion, existing.PledgeTextSha256, existing.ReceiptCode, AgencyUnlisted: existing.AgencyUnlisted);
        context.Send(PledgeMessages.CorrectionIntro(existing));
        Ask(context, draft, PledgeMessages.AskFullName, draft.FullName);
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
        var keep = draft.IsCorrection && IsKeep(context);
        switch (draft.Step)
        {
            case PledgeStep.FullName:
                if (!keep && (answer.Length is < 3 or > 100 || !answer.Any(char.IsLetter) || answer.StartsWith('/')))
                {
                    context.Send(PledgeMessages.InvalidFullName);
                    return;
                }

                draft = draft with { FullName = keep ? draft.FullName : answer, Step = PledgeStep.Status };
                AskStatus(context, draft);
                Save(context, draft);
                return;

            case PledgeStep.Status:
                var choice = context.Turn.ButtonData?.StartsWith(StatusButtonPrefix, StringComparison.Ordinal) == true
                    ? context.Turn.ButtonData[StatusButtonPrefix.Length..]
                    : answer;
                EmploymentStatus status;
                if (keep && draft.Status is { } current)
                {
                    status = current;
                }
                else if (!EmploymentStatusNames.TryParse(choice, out status))
                {
                    AskStatus(context, draft);
                    return;
                }

                // A new pledge asks the NIP afresh; a correction keeps it as the default while the status still has one.
                draft = draft with { Status = status, Nip = draft.IsCorrection && status.HasNip() ? draft.Nip : null };
                if (status.HasNip())
                {
                    Ask(context, draft, PledgeMessages.AskNip, draft.Nip);
                    Save(context, draft with { Step = PledgeStep.Nip });
                    return;
                }

                AskAfterNip(context, draft);
                return;

            case PledgeStep.Nip:
                if (keep && draft.Nip is not null)
                {
                    AskAfterNip(context, draft);
                    return;
                }

                var today = IndonesianTimeZone.Wib.LocalDate(time.GetUtcNow());
                var check = NipValidator.Validate(answer, today);
                if (!check.IsValid)
                {
                    context.Send(check.Error + "\n\n" + PledgeMessages.RetryNip);
                    return;
                }

                var pledged = await pledges.FindByNipAsync(options.ElectionId, check.Nip!, cancellationToken);
                if (pledged is not null && pledged.ReceiptCode != draft.CorrectingReceipt)
                {
                    if (draft.IsCorrection)
                    {
                        context.Send(PledgeMessages.NipOfAnotherPledge + "\n\n" + PledgeMessages.RetryNip);
                        return;
                    }

                    context.Send(PledgeMessages.Existing(pledged, context.Turn.Channel, context.Turn.UserId));
                    context.ClearState();
                    return;
                }

                AskAfterNip(context, draft with { Nip = check.Nip });
                return;

            case PledgeStep.Agency:
                if (keep && !string.IsNullOrWhiteSpace(draft.Agency))
                {
                    AskWorkUnit(context, draft with { Step = PledgeStep.WorkUnit });
                    return;
                }

                AnswerAgency(context, draft, answer);
                return;

            case PledgeStep.AgencyConfirm:
                ConfirmAgency(context, draft);
                return;

            case PledgeStep.WorkUnit:
                if (!keep && !IsFreeTextAnswer(answer))
                {
                    context.Send(PledgeMessages.InvalidFreeText);
                    return;
                }

                draft = draft with { WorkUnit = keep ? draft.WorkUnit : answer, Step = PledgeStep.Confirm };
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

    private void AnswerAgency(TurnContext context, PledgeDraft draft, string answer)
    {
        if (!IsFreeTextAnswer(answer))
        {
            context.Send(PledgeMessages.InvalidFreeText);
            return;
        }

        // "12345" is no agency name; a number is most often the NIP or a unit code typed in the wrong place.
        if (!answer.Any(char.IsLetter))
        {
            context.Send(PledgeMessages.AgencyNeedsLetters);
            return;
        }

        var list = agencies.Current;
        var match = list?.Match(answer) ?? new AgencyMatch(AgencyMatchKind.Unknown, null, 0);
        if (match.Kind == AgencyMatchKind.Certain)
        {
            AskWorkUnit(context, draft with { Agency = match.Canonical, AgencyUnlisted = false, AgencyCandidate = null, Step = PledgeStep.WorkUnit }, match.Canonical);
            return;
        }

        if (match.Kind == AgencyMatchKind.Probable && !draft.AgencyTypedAgain)
        {
            context.Send(new Reply(PledgeMessages.AgencyDidYouMean(match.Canonical!), [[
                new ReplyButton(PledgeMessages.AgencyYesButton, AgencyYesButtonData),
                new ReplyButton(PledgeMessages.AgencyNoButton, AgencyNoButtonData),
            ]]));
            Save(context, draft with { Agency = answer, AgencyCandidate = match.Canonical, Step = PledgeStep.AgencyConfirm });
            return;
        }

        // Not listed (or the offer was refused): kept as typed, flagged for an admin, the pledge goes on.
        var unlisted = list is not null;
        if (unlisted)
        {
            context.Send(PledgeMessages.AgencyUnlisted(answer));
        }

        AskWorkUnit(context, draft with { Agency = answer, AgencyUnlisted = unlisted, AgencyCandidate = null, Step = PledgeStep.WorkUnit });
    }

    private static void ConfirmAgency(TurnContext context, PledgeDraft draft)
    {
        var data = context.Turn.ButtonData;
        var said = data is null ? YesNoRecognizer.Recognize(context.Text) : YesNo.Unknown;
        if ((data == AgencyYesButtonData || said == YesNo.Yes) && draft.AgencyCandidate is { } canonical)
        {
            AskWorkUnit(context, draft with { Agency = canonical, AgencyUnlisted = false, AgencyCandidate = null, Step = PledgeStep.WorkUnit });
            return;
        }

        if (data == AgencyNoButtonData || said == YesNo.No)
        {
            context.Send(PledgeMessages.AgencyTypeAgain);
            Save(context, draft with { AgencyCandidate = null, AgencyTypedAgain = true, Step = PledgeStep.Agency });
            return;
        }

        context.Send(new Reply(PledgeMessages.AgencyDidYouMean(draft.AgencyCandidate ?? draft.Agency ?? string.Empty), [[
            new ReplyButton(PledgeMessages.AgencyYesButton, AgencyYesButtonData),
            new ReplyButton(PledgeMessages.AgencyNoButton, AgencyNoButtonData),
        ]]));
    }

    private async Task ConfirmAsync(TurnContext context, PledgeDraft draft, CancellationToken cancellationToken)
    {
        var data = context.Turn.ButtonData;
        if (data == CancelButtonData || (data is null && YesNoRecognizer.Recognize(context.Text) == YesNo.No))
        {
            context.Send(draft.IsCorrection ? PledgeMessages.CorrectionCancelled : PledgeMessages.Cancelled);
            context.ClearState();
            return;
        }

        var confirmed = data == ConfirmButtonData
            || PhraseNormalizer.Normalize(context.Text) == PhraseNormalizer.Normalize(PledgeMessages.ConfirmPhrase)
            || (draft.IsCorrection && data is null && YesNoRecognizer.Recognize(context.Text) == YesNo.Yes);
        if (!confirmed)
        {
            AskConfirmation(context, draft);
            return;
        }

        if (draft.CorrectingReceipt is { } receipt)
        {
            var (outcome, corrected) = await corrections.CorrectAsync(
                new PledgeCorrection(
                    receipt, draft.FullName!, draft.Status!.Value, draft.Status.Value.HasNip() ? draft.Nip : null, draft.Agency!, draft.WorkUnit!,
                    draft.AgencyUnlisted, time.GetUtcNow()),
                cancellationToken);
            context.Send(outcome switch
            {
                PledgeCorrectionOutcome.Corrected => PledgeMessages.Corrected(corrected!),
                PledgeCorrectionOutcome.NipTaken => PledgeMessages.NipOfAnotherPledge + " Data ikrar Anda tidak diubah.",
                _ => PledgeMessages.NothingToCorrect,
            });
            context.ClearState();
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
            time.GetUtcNow(),
            AgencyUnlisted: draft.AgencyUnlisted);

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

        Ask(context, draft, PledgeMessages.AskAgency, draft.Agency);
        Save(context, draft with { Step = PledgeStep.Agency, AgencyTypedAgain = false });
    }

    private static void AskWorkUnit(TurnContext context, PledgeDraft draft, string? matchedAgency = null)
    {
        var question = matchedAgency is null ? PledgeMessages.AskWorkUnit : $"Instansi: {matchedAgency}\n\n{PledgeMessages.AskWorkUnit}";
        Ask(context, draft, question, draft.WorkUnit);
        Save(context, draft);
    }

    /// <summary>Asks a question; while correcting, with the current value and a "keep" button.</summary>
    private static void Ask(TurnContext context, PledgeDraft draft, string question, string? current)
    {
        if (!draft.IsCorrection || string.IsNullOrWhiteSpace(current))
        {
            context.Send(question);
            return;
        }

        context.Send(new Reply(PledgeMessages.WithCurrentValue(question, current), [[new ReplyButton(PledgeMessages.KeepButton, KeepButtonData)]]));
    }

    private static void AskStatus(TurnContext context, PledgeDraft draft)
    {
        List<ReplyButton> buttons =
        [
            new ReplyButton("PNS", StatusButtonPrefix + "PNS"),
            new ReplyButton("PPPK", StatusButtonPrefix + "PPPK"),
            new ReplyButton("Non-ASN", StatusButtonPrefix + "Non-ASN"),
        ];
        var text = PledgeMessages.AskStatus;
        if (draft.IsCorrection && draft.Status is { } current)
        {
            text = PledgeMessages.WithCurrentValue(text, current.ToDisplayName());
            context.Send(new Reply(text, [buttons, [new ReplyButton(PledgeMessages.KeepButton, KeepButtonData)]]));
            return;
        }

        context.Send(new Reply(text, [buttons]));
    }

    private static void AskConfirmation(TurnContext context, PledgeDraft draft) =>
        context.Send(new Reply(PledgeMessages.Summary(draft), [[
            new ReplyButton(draft.IsCorrection ? PledgeMessages.SaveCorrectionButton : PledgeMessages.ConfirmButton, ConfirmButtonData),
            new ReplyButton(PledgeMessages.CancelButton, CancelButtonData),
        ]]));

    private static bool IsKeep(TurnContext context) =>
        context.Turn.ButtonData == KeepButtonData || (context.Turn.ButtonData is null && KeepWords.Contains(PhraseNormalizer.Normalize(context.Text)));

    private static bool IsFreeTextAnswer(string answer) => answer.Length is >= 2 and <= 200 && !answer.StartsWith('/');

    private static void Save(TurnContext context, PledgeDraft draft) =>
        context.SetState(new DialogState(DialogName, JsonSerializer.Serialize(draft, PledgeJsonContext.Default.PledgeDraft)));
}
