using MediaDiscovery.LocalHost.Tests.Webhooks;
using Microsoft.Playwright;

namespace MediaDiscovery.LocalHost.Tests.Browser;

/// <summary>
/// The LocalHost with the demo catalog on a real loopback port (the browser needs one), accepting signed webhooks, and
/// Debian's Chromium driven by Playwright: Playwright cannot download its own browsers here, so the installed one is
/// launched by path (<c>MD_CHROMIUM</c>, else <c>chromium</c> on the PATH), headless and without the sandbox (CI runs
/// as root).
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    private IPlaywright? playwright;

    public WebhookHost Host { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        (Client, BaseAddress) = await Host.ListenOnLoopbackAsync();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath(),
            Headless = true,
            Args = ["--no-sandbox"],
        });
    }

    /// <summary>A fresh page (its own cookies and storage) at a desktop or a phone width.</summary>
    public async Task<IPage> NewPageAsync(bool phone = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
            IsMobile = phone,
            Locale = "en-US",
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        playwright?.Dispose();
        await Host.DisposeAsync();
    }

    private static string ChromiumPath()
    {
        if (Environment.GetEnvironmentVariable("MD_CHROMIUM") is { Length: > 0 } configured)
            return configured;
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            foreach (var name in new[] { "chromium", "chromium-browser" })
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                    return candidate;
            }
        }
        throw new InvalidOperationException("No Chromium found: install Debian's (apt-get install -y chromium) or set MD_CHROMIUM to its path.");
    }
}
