using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;

namespace NetralBot.Bot.Channels.Telegram;

/// <summary>
/// Telegram.Bot builds its JSON metadata by reflection on first use. Reading the first <c>sendMessage</c> answer (the
/// whole <see cref="Message"/> type graph) took ~250 ms here, which every worker of a broadcast, or the first user after
/// a restart, would wait for. So the first client built in a process starts building it in the background, once.
/// </summary>
internal static class TelegramJsonWarmUp
{
    private const string SentMessage = """{"ok":true,"result":{"message_id":1,"chat":{"id":1,"type":"private"},"date":0,"text":"x"}}""";
    private const string OneUpdate = """{"update_id":1,"message":{"message_id":1,"from":{"id":1,"is_bot":false,"first_name":"x"},"chat":{"id":1,"type":"private"},"date":0,"text":"x"}}""";
    private static readonly Lazy<Task> Warming = new(() => Task.Run(Run));

    /// <summary>Starts the warm-up if no one has yet; returns at once.</summary>
    public static void Start() => _ = Warming.Value;

    private static void Run()
    {
        try
        {
            JsonSerializer.Deserialize<ApiResponse<Message>>(SentMessage, JsonBotAPI.Options);
            JsonSerializer.Deserialize<Update>(OneUpdate, JsonBotAPI.Options);
            JsonSerializer.Serialize(new SendMessageRequest { ChatId = 1, Text = "x" }, JsonBotAPI.Options);
        }
        catch (JsonException)
        {
            // Only a head start: if the library's types ever reject these samples, the first real call builds the metadata.
        }
    }
}
