using Procurement.Infrastructure.Database;

namespace Procurement.Testing;

/// <summary>
/// One throwaway PostgreSQL cluster for a whole test run, started from the installed server binaries by the same
/// <see cref="EmbeddedPostgresCluster"/> the app uses, and deleted when the run ends. Each test host makes its own
/// database in it, so hosts never see each other's data.
/// </summary>
public sealed class PostgresClusterFixture : IAsyncLifetime
{
    private const string RootPrefix = "procurement-tests-";
    private const string OwnerFile = "owner.pid";
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"{RootPrefix}{Guid.NewGuid():N}");
    private EmbeddedPostgresCluster? _cluster;

    public EmbeddedPostgresCluster Cluster => _cluster ?? throw new InvalidOperationException("The PostgreSQL cluster has not started.");

    public async ValueTask InitializeAsync()
    {
        await RemoveClustersOfDeadRunsAsync();
        Directory.CreateDirectory(_root);
        await File.WriteAllTextAsync(Path.Combine(_root, OwnerFile), Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            _cluster = await EmbeddedPostgresCluster.StartAsync(Path.Combine(_root, "postgres"), throwaway: true);
        }
        catch (EmbeddedPostgresUnavailableException missing)
        {
            throw new InvalidOperationException("The tests need a real PostgreSQL server. " + missing.Message, missing);
        }
    }

    /// <summary>A new, empty database on the cluster; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}".ToLowerInvariant();
        await Cluster.CreateDatabaseIfMissingAsync(name);
        return Cluster.ConnectionString(name);
    }

    /// <summary>
    /// A run that was killed cannot clean up after itself; the next run stops and removes what it left. A folder
    /// whose owner is alive, or that is new and has no owner file yet (a run starting beside this one), is left alone.
    /// </summary>
    private static async Task RemoveClustersOfDeadRunsAsync()
    {
        foreach (var root in Directory.GetDirectories(Path.GetTempPath(), RootPrefix + "*"))
        {
            var owner = Path.Combine(root, OwnerFile);
            var abandoned = File.Exists(owner)
                ? int.TryParse(await File.ReadAllTextAsync(owner), out var pid) && !IsAlive(pid)
                : Directory.GetCreationTimeUtc(root) < DateTime.UtcNow.AddHours(-1);
            if (abandoned)
            {
                await EmbeddedPostgresCluster.StopIfRunningAsync(Path.Combine(root, "postgres"));
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DeleteAsync();
        }

        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
