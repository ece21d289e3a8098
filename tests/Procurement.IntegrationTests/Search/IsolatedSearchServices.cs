using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Procurement.Application.Search.Ports;
using Procurement.Infrastructure;
using Procurement.Infrastructure.Database;
using Procurement.Infrastructure.Reference;
using Procurement.Search.Lucene;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Search;

/// <summary>
/// The infrastructure on a database and Lucene index of its own, with no background worker, so a test decides
/// exactly when the outbox is drained and can make the drain fail where it wants.
/// </summary>
internal sealed class IsolatedSearchServices : IAsyncDisposable
{
    private readonly string _indexPath = Path.Combine(Path.GetTempPath(), $"procurement-index-{Guid.NewGuid():N}");
    private ServiceProvider? _services;

    public IServiceProvider Services => _services ?? throw new InvalidOperationException("Not started.");

    public static async Task<IsolatedSearchServices> StartAsync(PostgresClusterFixture postgres)
    {
        var isolated = new IsolatedSearchServices();
        var connectionString = await postgres.CreateDatabaseAsync("search");
        var services = new ServiceCollection().AddLogging();
        services.AddProcurementInfrastructure(new ConfigurationBuilder().Build(), connectionString);
        services.AddSingleton<ISupplierSearch>(_ => new LuceneSupplierSearch(isolated._indexPath));
        isolated._services = services.BuildServiceProvider();

        await using var scope = isolated.Services.CreateAsyncScope();
        await DatabaseMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<ProcurementDbContext>(), CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<ReferenceDataSeeder>().SeedAsync(CancellationToken.None);
        return isolated;
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (Directory.Exists(_indexPath))
        {
            Directory.Delete(_indexPath, recursive: true);
        }
    }
}
