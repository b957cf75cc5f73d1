using System.Reflection;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace NetralBot.Bot.Dashboard;

/// <summary>
/// The dashboard inside <c>serve</c>: Razor Pages rendered on the server (anti-forgery on every form comes with them),
/// a cookie session, and the two assets (htmx, the style sheet) served from the assembly, since agency networks block
/// CDNs. Mapped only when <c>Dashboard:PublicUrl</c> is set. The cookies are protected with ASP.NET Core Data
/// Protection under one application name, its key ring in the database (the store's <see cref="IXmlRepository"/>), so a
/// session started on one <c>serve</c> instance is valid on every other instance on that database.
/// </summary>
internal static class DashboardWeb
{
    /// <summary>The session cookie's name.</summary>
    public const string SessionCookie = "netralbot_sesi";

    /// <summary>
    /// Data Protection's application name: without it the discriminator is the content root path, which differs between
    /// instances installed in different folders, and their cookies would not be accepted by one another.
    /// </summary>
    public const string ApplicationName = "NetralBot";

    /// <summary>Registers pages, authentication and anti-forgery.</summary>
    public static IServiceCollection AddDashboardWeb(this IServiceCollection services, DashboardOptions options)
    {
        var secure = options.RequiresSecureCookie ? CookieSecurePolicy.Always : CookieSecurePolicy.None;
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddOptions<KeyManagementOptions>().Configure<IXmlRepository>((keys, repository) => keys.XmlRepository = repository);
        services.AddRazorPages(pages =>
        {
            pages.RootDirectory = "/Dashboard/Pages";
            pages.Conventions.AuthorizeFolder("/");
            pages.Conventions.AllowAnonymousToPage("/Masuk");
        }).AddApplicationPart(typeof(DashboardWeb).Assembly); // found also when the host is not the entry assembly (tests)
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
        {
            cookie.Cookie.Name = SessionCookie;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = secure;
            cookie.ExpireTimeSpan = DashboardOptions.IdleTimeout;
            cookie.SlidingExpiration = true; // expires after 8 hours without a request
            cookie.LoginPath = "/masuk";
            cookie.AccessDeniedPath = "/masuk";
        });
        services.AddAuthorization();
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "netralbot_af";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = secure;
        });
        return services;
    }

    /// <summary>Adds authentication to the pipeline and maps the pages and assets.</summary>
    public static WebApplication MapDashboard(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/dasbor/aset/{name}", (string name) => Asset(name));
        app.MapRazorPages();
        return app;
    }

    private static IResult Asset(string name)
    {
        var type = name switch
        {
            "htmx.min.js" => "text/javascript",
            "dasbor.css" => "text/css",
            _ => null,
        };
        var stream = type is null ? null : Assembly.GetExecutingAssembly().GetManifestResourceStream("NetralBot.Dashboard." + name);
        return stream is null ? Results.NotFound() : Results.Stream(stream, type + "; charset=utf-8");
    }
}
