using Microsoft.Extensions.Configuration;
using NetralBot.Bot.Access;
using NetralBot.Bot.Common;

namespace NetralBot.Bot.Admin;

/// <summary>
/// The configured admins, keyed by channel and user id. Read from <c>Admin:Telegram:&lt;id&gt; = super | instansi:NAMA</c>
/// or the list form <c>Admin:Telegram:0:Id</c> / <c>Admin:Telegram:0:Role</c>; <c>Admin:WhatsApp:&lt;wa_id&gt;</c> (the number in
/// international form without +, e.g. 6281234567890) works the same way for WhatsApp.
/// </summary>
internal sealed class AdminDirectory
{
    private readonly Dictionary<ChannelUser, AdminRole> _admins;

    private AdminDirectory(Dictionary<ChannelUser, AdminRole> admins) => _admins = admins;

    public int Count => _admins.Count;

    /// <summary>The role of a user, or null for a non-admin.</summary>
    public AdminRole? Find(ChannelUser user) => _admins.GetValueOrDefault(user);

    /// <summary>Reads section <c>Admin</c>; throws <see cref="BotConfigurationException"/> on a bad role.</summary>
    public static AdminDirectory Read(IConfiguration configuration)
    {
        var admins = new Dictionary<ChannelUser, AdminRole>();
        foreach (var channelSection in configuration.GetSection("Admin").GetChildren())
        {
            // A misspelt channel would otherwise configure admins nobody can ever be.
            if (!Channel.TryParse(channelSection.Key.ToLowerInvariant(), out var channel))
            {
                throw new BotConfigurationException($"Admin:{channelSection.Key}: kanal tidak dikenal; pakai Telegram, WhatsApp atau Console.");
            }

            foreach (var entry in channelSection.GetChildren())
            {
                // List form: an element with Id and Role; map form: the key is the id and the value the role.
                var id = entry["Id"] ?? entry.Key;
                var roleText = entry["Role"] ?? entry.Value;
                var role = AdminRole.TryParse(roleText)
                    ?? throw new BotConfigurationException($"Admin:{channelSection.Key}:{entry.Key} harus \"super\" atau \"instansi:NAMA INSTANSI\"; tertulis \"{roleText}\".");
                if (string.IsNullOrWhiteSpace(id) || !id.Trim().All(c => char.IsAsciiDigit(c) || c == '-' || c == '+'))
                {
                    throw new BotConfigurationException($"Admin:{channelSection.Key}: id admin harus berupa angka; tertulis \"{id}\".");
                }

                admins[new ChannelUser(channel, id.Trim())] = role;
            }
        }

        return new AdminDirectory(admins);
    }
}
