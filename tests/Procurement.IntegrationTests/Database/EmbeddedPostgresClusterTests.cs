using Npgsql;
using Procurement.Infrastructure.Database;

namespace Procurement.IntegrationTests.Database;

public sealed class EmbeddedPostgresClusterTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"procurement-cluster-test-{Guid.NewGuid():N}", "postgres");

    [Fact]
    public async Task A_second_start_reuses_the_cluster_and_its_data()
    {
        var first = await EmbeddedPostgresCluster.StartAsync(_directory, throwaway: true, TestContext.Current.CancellationToken);
        await first.CreateDatabaseIfMissingAsync("reuse");
        await ExecuteAsync(first, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')");
        await first.StopAsync();

        var second = await EmbeddedPostgresCluster.StartAsync(_directory, throwaway: true, TestContext.Current.CancellationToken);
        try
        {
            Assert.Equal("still here", await ExecuteAsync(second, "SELECT value FROM kept"));
        }
        finally
        {
            await second.DeleteAsync();
        }
    }

    [Fact]
    public async Task A_server_left_running_is_adopted_rather_than_started_twice()
    {
        var running = await EmbeddedPostgresCluster.StartAsync(_directory, throwaway: true, TestContext.Current.CancellationToken);
        var adopted = await EmbeddedPostgresCluster.StartAsync(_directory, throwaway: true, TestContext.Current.CancellationToken);
        try
        {
            Assert.Equal(running.Port, adopted.Port);
        }
        finally
        {
            await adopted.DeleteAsync();
        }
    }

    [Fact]
    public void Without_server_binaries_it_says_what_to_install()
    {
        var nowhere = Path.Combine(Path.GetTempPath(), $"no-postgres-{Guid.NewGuid():N}");

        var error = Assert.Throws<EmbeddedPostgresUnavailableException>(() => PostgresBinaries.Locate(pathVariable: nowhere, debianRoot: nowhere));

        Assert.Contains("apt-get install postgresql", error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:Procurement", error.Message, StringComparison.Ordinal);
    }

    private static async Task<object?> ExecuteAsync(EmbeddedPostgresCluster cluster, string sql)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString("reuse"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        var root = Path.GetDirectoryName(_directory)!;
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
