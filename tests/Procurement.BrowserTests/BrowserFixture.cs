using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using Procurement.Testing;

namespace Procurement.BrowserTests;

/// <summary>The app on a real loopback socket, and Debian's Chromium driven headless by Playwright.</summary>
public sealed class BrowserFixture : AppFixture
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private readonly int _port = FreePort();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseUrl => new($"http://127.0.0.1:{_port}");
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public override async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"The browser tests need Chromium at {ChromiumPath}. Install it: apt-get install chromium");
        }

        await base.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Root in CI cannot use Chromium's sandbox; the rest keep it from calling out to a network it cannot reach.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    protected override void ConfigureApp(ProcurementAppFactory app) => app.UseKestrel(options => options.Listen(IPAddress.Loopback, _port));

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl.ToString(), Locale = "en-GB" });
        return await context.NewPageAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
