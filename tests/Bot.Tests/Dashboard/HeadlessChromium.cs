using Microsoft.Playwright;

namespace NetralBot.Bot.Tests.Dashboard;

/// <summary>
/// Debian's Chromium driven by Playwright (no browser download: <c>ExecutablePath</c>), one browser per test class.
/// Screenshots go to <c>screenshots/</c> under the test output directory.
/// </summary>
public sealed class HeadlessChromium : IAsyncLifetime
{
    /// <summary>The variable naming the browser.</summary>
    public const string Variable = "NETRALBOT_TEST_CHROMIUM";

    public const string SkipReason = Variable + " is not set to a Chromium executable (e.g. /usr/bin/chromium): browser tests skipped.";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static string? ExecutablePath =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } path && File.Exists(path) ? path : null;

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (ExecutablePath is not { } path)
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>A fresh context (own cookies) and page; <paramref name="phone"/> uses a phone's width.</summary>
    public async Task<IPage> NewPageAsync(bool phone = false)
    {
        var context = await (_browser ?? throw new InvalidOperationException(SkipReason)).NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
            Locale = "id-ID",
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        return page;
    }

    /// <summary>Saves a full-page screenshot named <paramref name="name"/>.png.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
