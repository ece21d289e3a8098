using Procurement.Infrastructure.Database;

namespace Procurement.Testing;

/// <summary>
/// One throwaway PostgreSQL cluster for a whole test run, started from the installed server binaries by the same
/// <see cref="EmbeddedPostgresCluster"/> the app uses, and deleted when the run ends. Each test host makes its own
/// database in it, so hosts never see each other's data.
/// </summary>
public sealed class PostgresClusterFixture : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"procurement-tests-{Guid.NewGuid():N}");
    private EmbeddedPostgresCluster? _cluster;

    public EmbeddedPostgresCluster Cluster => _cluster ?? throw new InvalidOperationException("The PostgreSQL cluster has not started.");

    public async ValueTask InitializeAsync()
    {
        try
        {
            _cluster = await EmbeddedPostgresCluster.StartAsync(Path.Combine(_root, "postgres"), throwaway: true);
        }
        catch (InvalidOperationException missing) when (missing.Message == PostgresBinaries.InstallHint)
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
