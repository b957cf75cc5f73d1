using NetralBot.Bot.Common;

namespace NetralBot.Bot.Privacy;

/// <summary>A channel's link that opens a private chat with the bot (Telegram: <c>https://t.me/&lt;bot&gt;?start=…</c>).</summary>
internal interface IPrivateChatLink
{
    /// <summary>The channel the link belongs to.</summary>
    Channel Channel { get; }

    /// <summary>The link that opens the private chat and sends <c>/start <paramref name="startPayload"/></c>; null when unknown.</summary>
    string? For(string startPayload);
}
