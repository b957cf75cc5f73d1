using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NetralBot.Bot.Access;
using NetralBot.Bot.Feedback;

namespace NetralBot.Bot.Cli;

/// <summary>
/// <c>questions list [--since YYYY-MM-DD] [--kind unanswered|unhelpful|all]</c>: the question log grouped, one
/// <c>count&lt;TAB&gt;kind&lt;TAB&gt;question&lt;TAB&gt;topic</c> line per group, most frequent first.
/// </summary>
internal static class QuestionsCommand
{
    // Dates are read in WIB, as every other date the CLI takes.
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);

    public static Command Create()
    {
        var since = new Option<string?>("--since") { Description = "Hanya sejak tanggal ini (YYYY-MM-DD, pukul 00.00 WIB)" };
        var kind = new Option<string>("--kind") { Description = "unanswered (tak terjawab), unhelpful (dinilai kurang tepat) atau all", DefaultValueFactory = _ => "all" };
        kind.AcceptOnlyFromAmong("unanswered", "unhelpful", "all"); // anything else is a usage error (exit 2) listing these
        var list = new Command("list", "Pertanyaan yang tak terjawab atau dinilai kurang tepat, dikelompokkan, yang paling sering lebih dulu.");
        list.Options.Add(since);
        list.Options.Add(kind);
        list.SetAction((result, cancellationToken) => ListAsync(result.GetValue(since), result.GetValue(kind)!, cancellationToken));
        var command = new Command("questions", "Log pertanyaan dan penilaian jawaban.");
        command.Subcommands.Add(list);
        return command;
    }

    private static Task<int> ListAsync(string? sinceText, string kindText, CancellationToken cancellationToken) => CliRun.GuardAsync(async () =>
    {
        DateTimeOffset? since = null;
        if (sinceText is not null)
        {
            if (!DateOnly.TryParseExact(sinceText.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                await Console.Error.WriteLineAsync($"--since harus tanggal YYYY-MM-DD, mis. 2026-12-01; tertulis \"{sinceText}\".");
                return CliRun.ConfigurationError;
            }

            since = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), Wib);
        }

        var kinds = QuestionReport.KindsOf(kindText)!; // the parser accepted only known names
        await using var services = CliServices.Build();
        var groups = await services.GetRequiredService<QuestionReport>().ListAsync(since, kinds, cancellationToken);
        await services.GetRequiredService<IAuditLog>().WriteAsync(
            new AuditEntry(BroadcastCommand.Actor, "questions list", $"kind:{kindText} since:{sinceText ?? "-"}", groups.Count, DateTimeOffset.UtcNow), cancellationToken);
        foreach (var group in groups)
        {
            Console.WriteLine($"{group.Count}\t{group.Kind.Name()}\t{OneLine(group.Question)}\t{group.TopicId ?? "-"}");
        }

        return 0;
    });

    // A tab or line break in a question would break the columns.
    private static string OneLine(string text) => string.Join(' ', text.Split(['\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
