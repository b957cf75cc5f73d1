using System.Globalization;
using Microsoft.Extensions.Logging;
using NetralBot.Bot.Broadcasts;
using NetralBot.Bot.Common;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace NetralBot.Bot.Channels.Telegram;

/// <summary>
/// Telegram's broadcast adapter: one <c>sendMessage</c> per call, HTML-escaped, and the API's answer translated into a
/// <see cref="DeliveryOutcome"/>. Its client makes a single attempt (<c>MaxAttempts = 1</c>) because the engine
/// retries: a 429 must pause every broadcast worker, not only the one that got it.
/// </summary>
internal sealed class TelegramBroadcastChannel : IBroadcastChannel
{
    private readonly TelegramApiClient _client;
    // A job sends one text to every recipient: escape it once per job, not once per message. Workers race on it
    // harmlessly (a reference is written whole; at worst two of them escape the same text).
    private EscapedText? _lastEscaped;

    /// <summary>Creates the adapter with its own one-attempt client over <paramref name="http"/>.</summary>
    public TelegramBroadcastChannel(
        HttpClient http,
        TelegramOptions options,
        TelegramRetryOptions retry,
        IRetryDelay delay,
        BroadcastOptions broadcast,
        ILogger<TelegramApiClient> logger)
    {
        _client = new TelegramApiClient(http, options, retry with { MaxAttempts = 1 }, delay, logger);
        Limits = new BroadcastChannelLimits(broadcast.GlobalRatePerSecond, broadcast.PerChatInterval);
    }

    /// <inheritdoc />
    public Channel Channel => Channel.Telegram;

    /// <inheritdoc />
    /// <remarks><c>Broadcast:GlobalRatePerSecond</c> (default 30) over all chats and one message per second per chat.</remarks>
    public BroadcastChannelLimits Limits { get; }

    /// <inheritdoc />
    public async Task<DeliveryOutcome> DeliverAsync(BroadcastMessage message, string chatId, CancellationToken cancellationToken)
    {
        if (!long.TryParse(chatId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var chat))
        {
            return DeliveryOutcome.Failed("not a Telegram chat id");
        }

        try
        {
            await _client.SendMessageAsync(chat, Escaped(message.Text), ParseMode.Html, null, cancellationToken);
            return DeliveryOutcome.Sent;
        }
        catch (ApiRequestException exception) when (exception.IsForbidden())
        {
            return DeliveryOutcome.Blocked(exception.Message);
        }
        catch (ApiRequestException exception) when (exception.ErrorCode == 429)
        {
            return DeliveryOutcome.RateLimited(TimeSpan.FromSeconds(exception.Parameters?.RetryAfter ?? 1), TelegramErrors.Describe(exception));
        }
        catch (Exception exception) when (TelegramErrors.IsTransient(exception, cancellationToken))
        {
            // 5xx, timeouts and network errors after the client's one attempt.
            return DeliveryOutcome.Transient(TelegramErrors.Describe(exception));
        }
        catch (ApiRequestException exception)
        {
            return DeliveryOutcome.Failed(TelegramErrors.Describe(exception));
        }
        catch (RequestException exception)
        {
            return DeliveryOutcome.Failed(TelegramErrors.Describe(exception));
        }
    }

    private string Escaped(string text)
    {
        var last = _lastEscaped;
        if (last is null || !ReferenceEquals(last.Text, text))
        {
            last = new EscapedText(text, TelegramHtml.Escape(text));
            _lastEscaped = last;
        }

        return last.Html;
    }

    private sealed record EscapedText(string Text, string Html);
}
