namespace Procurement.Infrastructure.Database;

/// <summary>
/// Where the database is: the configured server when a connection string is given, otherwise an embedded
/// cluster started under the data directory.
/// </summary>
public sealed record DatabaseEndpoint(string ConnectionString, EmbeddedPostgresCluster? EmbeddedCluster)
{
    public const string DatabaseName = "procurement";

    public static async Task<DatabaseEndpoint> ResolveAsync(string? configuredConnectionString, string dataDirectory, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(configuredConnectionString))
        {
            return new DatabaseEndpoint(configuredConnectionString, null);
        }

        var cluster = await EmbeddedPostgresCluster.StartAsync(Path.Combine(dataDirectory, "postgres"), cancellationToken: cancellationToken);
        await cluster.CreateDatabaseIfMissingAsync(DatabaseName, cancellationToken);
        return new DatabaseEndpoint(cluster.ConnectionString(DatabaseName), cluster);
    }
}
