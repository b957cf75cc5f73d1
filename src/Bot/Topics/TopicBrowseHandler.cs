using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using NetralBot.Bot.Conversation;

namespace NetralBot.Bot.Topics;

/// <summary>
/// Browsing the knowledge base: <c>/topik</c> (or "menu", "apa saja yang bisa ditanyakan") lists the sections, a
/// section lists its questions a page at a time, a question is answered by <see cref="KnowledgeHandler"/>. While a
/// menu is shown the user is in the dialog <see cref="MenuDialog"/>: a typed number opens that choice, a number out of
/// range gets "ketik 1–N", anything else goes on through the pipeline.
/// </summary>
internal sealed class TopicBrowseHandler(Func<TopicCatalog> catalog, KnowledgeHandler knowledge, ILogger<TopicBrowseHandler> logger) : TurnHandler, IDialog
{
    /// <summary>The dialog name kept while a menu waits for a number.</summary>
    public const string MenuDialog = "menu-topik";

    private static readonly HashSet<string> Commands = new(StringComparer.Ordinal) { "topik", "topic", "menu", "daftar" };

    /// <inheritdoc />
    string IDialog.Name => MenuDialog;

    /// <inheritdoc />
    public override Task<bool> HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.Turn.ButtonData is { } data)
        {
            if (data != TopicMenus.Prefix && !data.StartsWith(TopicMenus.Prefix + ":", StringComparison.Ordinal))
            {
                return Task.FromResult(false);
            }

            Open(context, data);
            return Task.FromResult(true);
        }

        var asked = context.Command is { } command
            ? Commands.Contains(command.Name)
            : MayTakeOver(context) && TopicRequest.Matches(context.Text);
        if (!asked)
        {
            return Task.FromResult(false);
        }

        Open(context, TopicMenus.Prefix);
        return Task.FromResult(true);
    }

    /// <inheritdoc />
    public Task ContinueAsync(TurnContext context, CancellationToken cancellationToken)
    {
        NumberedChoice.Continue(context, data => Open(context, data));
        return Task.CompletedTask;
    }

    // Typed words open the menu only outside other dialogs: during the pledge "menu" could be an answer.
    private static bool MayTakeOver(TurnContext context) =>
        context.State is null || context.State.Dialog is MenuDialog or KnowledgeHandler.ChoiceDialog;

    private void Open(TurnContext context, string data)
    {
        if (data.StartsWith(AnswerReplies.TopicPrefix, StringComparison.Ordinal))
        {
            knowledge.SendTopic(context, data[AnswerReplies.TopicPrefix.Length..]);
            return;
        }

        TopicCatalog topics;
        try
        {
            topics = catalog();
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            logger.LogError("Topic list unavailable: {Error}", exception.Message);
            context.Send(BotTexts.KnowledgeUnavailable);
            return;
        }

        var parts = data.Split(':');
        TopicMenus.Menu menu;
        if (parts.Length == 1)
        {
            menu = TopicMenus.Sections(topics);
        }
        else if (topics.Find(parts[1]) is { } section)
        {
            var page = parts.Length > 2 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 1;
            menu = TopicMenus.Section(section, page);
        }
        else
        {
            menu = TopicMenus.Sections(topics); // a button from an older list: show the current one
        }

        context.Send(menu.Reply);
        if (MayTakeOver(context))
        {
            context.SetState(new DialogState(MenuDialog, JsonSerializer.Serialize(menu.Numbered)));
        }
    }
}
