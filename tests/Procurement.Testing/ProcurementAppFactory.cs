using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Procurement.Infrastructure.Database;

namespace Procurement.Testing;

/// <summary>
/// The real app (real PostgreSQL, real Identity, real mail to a pickup folder) in a test host. Demo data is on, so
/// tests can sign in with the demo accounts. Call <see cref="WebApplicationFactory{TEntryPoint}.UseKestrel()"/> before
/// first use to serve over a real socket for a browser.
/// </summary>
/// <param name="connectionString">The app's own database.</param>
/// <param name="settings">Configuration overrides, applied last (for example tight rate limits).</param>
public sealed class ProcurementAppFactory(string connectionString, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    private const string DataDirectoryPrefix = "procurement-app-";
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"{DataDirectoryPrefix}{Guid.NewGuid():N}");

    /// <summary>Where the app writes e-mail as .eml files.</summary>
    public string MailDirectory => Path.Combine(_dataDirectory, "mail");

    public string ConnectionString => connectionString;

    /// <summary>The app's warnings and errors so far.</summary>
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        RemoveDataOfOldRuns();
        builder.UseEnvironment("Testing");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.UseSetting("ConnectionStrings:Procurement", connectionString);
        builder.UseSetting("Data:Directory", _dataDirectory);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Sealing:GenerateMissingKeys", "true");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:Console:FormatterName", "simple");

        // Every test shares one client address; tests that are about rate limits turn them back on.
        builder.UseSetting("RateLimiting:Enabled", "false");

        // Quartz keeps one scheduler per name in a process: apps on different databases must not share one.
        builder.UseSetting("Scheduling:SchedulerName", $"Procurement-{new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database}");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Runs <paramref name="work"/> with a fresh DbContext of the app.</summary>
    public async Task<T> WithDbAsync<T>(Func<ProcurementDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ProcurementDbContext>());
    }

    /// <summary>Mail folders that killed runs left behind; a day old is long past any run still going.</summary>
    private static void RemoveDataOfOldRuns()
    {
        foreach (var directory in Directory.GetDirectories(Path.GetTempPath(), DataDirectoryPrefix + "*"))
        {
            if (Directory.GetLastWriteTimeUtc(directory) < DateTime.UtcNow.AddDays(-1))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
