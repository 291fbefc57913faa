using DefenceSearch.Web.Tests.Support;
using Microsoft.Playwright;

namespace DefenceSearch.Web.Tests.Browser;

/// <summary>The site on a real Kestrel server (127.0.0.1, a free port) and a headless Debian Chromium.</summary>
public class BrowserSite : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public BrowserSite() : this(new KestrelSiteFactory())
    {
    }

    protected BrowserSite(KestrelSiteFactory factory) => Factory = factory;

    public KestrelSiteFactory Factory { get; }
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        var chromium = Chromium.EnsureInstalledAsync();
        await Factory.ReadyAsync();
        BaseUrl = Factory.BaseUrl;
        await chromium;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Arguments,
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>A fresh browser context (own cookies), failing the test on any console error such as a CSP violation.</summary>
    /// <param name="bypassCsp">Ignore the site's Content-Security-Policy, to show that output encoding alone keeps injected script inert.</param>
    public async Task<(IBrowserContext Context, IPage Page, List<string> Errors)> NewPageAsync(bool javaScript = true, int width = 1280, int height = 900, bool bypassCsp = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            JavaScriptEnabled = javaScript,
            BypassCSP = bypassCsp,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "vi-VN",
        });
        // Waits for a condition, not durations under test: a page's first load (the site compiling its code) took
        // over the default 30 s in a full run with an evaluation beside it on two cores, so every wait gets longer.
        context.SetDefaultNavigationTimeout(90_000);
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error") errors.Add(message.Text);
        };
        page.PageError += (_, error) => errors.Add(error);
        return (context, page, errors);
    }

    public static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        Factory.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
