namespace NetralBot.Bot.Channels.Telegram.Models;

/// <summary>setMyCommands.</summary>
/// <param name="Commands">The command list shown in the menu.</param>
public sealed record SetMyCommandsRequest(IReadOnlyList<TelegramBotCommand> Commands);
