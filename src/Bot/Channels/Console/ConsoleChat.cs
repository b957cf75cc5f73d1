using System.Globalization;
using NetralBot.Bot.Common;
using NetralBot.Bot.Conversation;

namespace NetralBot.Bot.Channels.Console;

/// <summary>
/// A local REPL over the same conversation engine and database; buttons are chosen by number. A numbered menu whose
/// text already lists its choices ("1. …") is not listed again; a number outside the offered range gets "ketik 1–N".
/// </summary>
internal sealed class ConsoleChat(ConversationEngine engine, TimeProvider time)
{
    /// <summary>Reads lines until EOF or <c>/keluar</c>, printing replies.</summary>
    public async Task RunAsync(TextReader input, TextWriter output, string userId, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync("NetralBot (konsol). Ketik pertanyaan, /ikrar, /help, atau /keluar untuk selesai.");
        await ShowAsync(output, await engine.HandleAsync(NewTurn(userId, "/start", null), cancellationToken));
        IReadOnlyList<ReplyButton> buttons = [];
        while (!cancellationToken.IsCancellationRequested)
        {
            await output.WriteAsync("> ");
            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null || line.Trim().Equals("/keluar", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            var trimmed = line.Trim();
            Turn turn;
            if (buttons.Count > 0 && int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var choice))
            {
                if (choice < 1 || choice > buttons.Count)
                {
                    await output.WriteLineAsync();
                    await output.WriteLineAsync(BotTexts.ChooseNumber(buttons.Count));
                    await output.WriteLineAsync();
                    continue; // the same choices stay open
                }

                turn = NewTurn(userId, null, buttons[choice - 1].Data);
            }
            else
            {
                turn = NewTurn(userId, line, null);
            }

            var replies = await engine.HandleAsync(turn, cancellationToken);
            buttons = await ShowAsync(output, replies);
        }
    }

    private Turn NewTurn(string userId, string? text, string? data) => new(Channel.Console, userId, userId, text, data, time.GetUtcNow(), ChatKind.Private);

    private static async Task<IReadOnlyList<ReplyButton>> ShowAsync(TextWriter output, IReadOnlyList<Reply> replies)
    {
        var buttons = new List<ReplyButton>();
        foreach (var reply in replies)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync(reply.Text);
            if (reply.Document is { } document)
            {
                await output.WriteLineAsync($"[berkas: {document.FileName}, {document.Content.Length} byte]");
            }

            // Choices are numbered from 1 in each reply's text, so the console numbers the buttons of the last reply with buttons.
            var replyButtons = reply.Buttons.SelectMany(row => row).ToList();
            if (replyButtons.Count > 0)
            {
                buttons.Clear();
            }

            foreach (var button in replyButtons)
            {
                buttons.Add(button);
                if (buttons.Count > reply.NumberedInText)
                {
                    await output.WriteLineAsync($"  [{buttons.Count}] {button.Label}");
                }
            }
        }

        if (buttons.Count > 0)
        {
            await output.WriteLineAsync("(ketik nomor untuk memilih)");
        }

        await output.WriteLineAsync();
        return buttons;
    }
}
