namespace NetralBot.Bot.Common;

/// <summary>Invalid or missing configuration; the CLI prints the message alone and exits with code 2.</summary>
internal sealed class BotConfigurationException(string message) : Exception(message);
