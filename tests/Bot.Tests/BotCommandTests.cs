using NetralBot.Bot.Conversation;

namespace NetralBot.Bot.Tests;

public class BotCommandTests
{
    [Theory]
    [InlineData("/start", "start", "")]
    [InlineData("/start ikrar-bkn", "start", "ikrar-bkn")]
    [InlineData("/Start@NetralBot  ikrar ", "start", "ikrar")]
    [InlineData("/batal", "batal", "")]
    public void Parses_name_and_payload(string text, string name, string payload)
    {
        var command = BotCommand.TryParse(text);
        Assert.Equal(new BotCommand(name, payload), command);
    }

    [Theory]
    [InlineData("halo")]
    [InlineData("/")]
    [InlineData("")]
    [InlineData(null)]
    public void Non_commands_are_null(string? text) => Assert.Null(BotCommand.TryParse(text));
}
