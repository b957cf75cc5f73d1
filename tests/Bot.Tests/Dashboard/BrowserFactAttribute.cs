namespace NetralBot.Bot.Tests.Dashboard;

/// <summary>
/// A test in headless Chromium: skipped, with the reason shown, when <c>NETRALBOT_TEST_CHROMIUM</c> does not name the
/// browser (.ci/run installs Debian's <c>chromium</c> and sets it), so it never passes silently.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when there is no browser.</summary>
    public BrowserFactAttribute()
    {
        if (HeadlessChromium.ExecutablePath is null)
        {
            Skip = HeadlessChromium.SkipReason;
        }
    }
}
