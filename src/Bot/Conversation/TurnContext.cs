namespace NetralBot.Bot.Conversation;

/// <summary>The working state of one turn: the input, the user's dialog state and the replies so far.</summary>
internal sealed class TurnContext(Turn turn, DialogState? state)
{
    private readonly List<Reply> _replies = [];

    /// <summary>The inbound action.</summary>
    public Turn Turn { get; } = turn;

    /// <summary>The user's dialog state; null when the user is in no dialog.</summary>
    public DialogState? State { get; private set; } = state;

    /// <summary>True when a handler changed <see cref="State"/> in this turn.</summary>
    public bool StateChanged { get; private set; }

    /// <summary>The replies collected so far.</summary>
    public IReadOnlyList<Reply> Replies => _replies;

    /// <summary>The slash command of the text, parsed once for every step; null when the text is not one.</summary>
    public BotCommand? Command { get; } = BotCommand.TryParse(turn.Text);

    /// <summary>The trimmed text, or an empty string for non-text turns.</summary>
    public string Text => Turn.Text?.Trim() ?? string.Empty;

    /// <summary>What the knowledge step answered in this turn; null when it did not answer.</summary>
    public AnsweredQuestion? Answered { get; private set; }

    /// <summary>Records what the knowledge step answered, for the steps that act after it.</summary>
    public void RecordAnswer(AnsweredQuestion answered) => Answered = answered;

    /// <summary>Adds a reply.</summary>
    public void Send(Reply reply) => _replies.Add(reply);

    /// <summary>Adds a plain-text reply.</summary>
    public void Send(string text) => _replies.Add(Reply.Plain(text));

    /// <summary>Adds a row of buttons under the last reply (e.g. feedback under an answer); nothing when there is none.</summary>
    public void AddButtonRow(IReadOnlyList<ReplyButton> row)
    {
        if (_replies.Count > 0)
        {
            _replies[^1] = _replies[^1] with { Buttons = [.. _replies[^1].Buttons, row] };
        }
    }

    /// <summary>Puts the user in (or moves the user within) a dialog.</summary>
    public void SetState(DialogState state)
    {
        State = state;
        StateChanged = true;
    }

    /// <summary>Ends the user's dialog.</summary>
    public void ClearState()
    {
        State = null;
        StateChanged = true;
    }
}
