using Microsoft.Extensions.Configuration;
using NetralBot.Bot.Common;

namespace NetralBot.Bot.Dashboard;

/// <summary>Section <c>Dashboard</c>: the web dashboard is on exactly when <c>Dashboard:PublicUrl</c> is set.</summary>
/// <param name="PublicUrl">The address admins open, e.g. <c>https://netralbot.bkpsdm.go.id</c>; null when the dashboard is off.</param>
public sealed record DashboardOptions(Uri? PublicUrl)
{
    /// <summary>How long a sign-in link is valid.</summary>
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromMinutes(10);

    /// <summary>How long a session lasts without a request.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromHours(8);

    /// <summary>The dashboard is off.</summary>
    public static DashboardOptions Disabled { get; } = new((Uri?)null);

    /// <summary>True when the dashboard is served.</summary>
    public bool IsEnabled => PublicUrl is not null;

    /// <summary>
    /// The session cookie is marked Secure unless the dashboard runs on plain http on this machine (development and
    /// tests), where a browser would not send a Secure cookie back.
    /// </summary>
    public bool RequiresSecureCookie => PublicUrl is { } url && !(url.Scheme == Uri.UriSchemeHttp && (url.IsLoopback || url.Host == "localhost"));

    /// <summary>The sign-in link for a token.</summary>
    public string SignInLink(string token) =>
        (PublicUrl ?? throw new InvalidOperationException("The dashboard is off.")).GetLeftPart(UriPartial.Path).TrimEnd('/') + "/masuk?token=" + token;

    /// <summary>Reads <c>Dashboard:PublicUrl</c>; throws <see cref="BotConfigurationException"/> when it is not an absolute http(s) URL.</summary>
    public static DashboardOptions Read(IConfiguration configuration)
    {
        var text = configuration["Dashboard:PublicUrl"]?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return Disabled;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
            || !string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.Fragment))
        {
            throw new BotConfigurationException($"Dashboard:PublicUrl harus alamat http(s) lengkap tanpa ? atau #, mis. https://netralbot.instansi.go.id; tertulis \"{text}\".");
        }

        return new DashboardOptions(url);
    }
}
