using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Procurement.Infrastructure.Demo;
using Procurement.Infrastructure.Identity;
using Procurement.Infrastructure.Reference;

namespace Procurement.Infrastructure.Database;

/// <summary>Brings the database up to date at start-up: migrations, reference data, roles, and demo data when enabled.</summary>
public sealed class DatabaseInitializer(
    ProcurementDbContext db,
    ReferenceDataSeeder referenceData,
    RoleSeeder roles,
    DemoDataSeeder demoData,
    DemoTenderSeeder demoTenders,
    DemoTenderHistorySeeder demoHistory,
    DemoCatalogSeeder demoCatalog,
    DemoOrderSeeder demoOrders,
    IOptions<DemoOptions> demo,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitialiseAsync(CancellationToken cancellationToken)
    {
        await DatabaseMigrator.MigrateAsync(db, cancellationToken);
        await referenceData.SeedAsync(cancellationToken);
        await roles.SeedAsync();
        if (demo.Value.Seed)
        {
            await demoData.SeedAsync(cancellationToken);
            await demoTenders.SeedAsync(cancellationToken);
            await demoHistory.SeedAsync(cancellationToken);
            await demoCatalog.SeedAsync(cancellationToken);
            await demoOrders.SeedAsync(cancellationToken);
            logger.LogInformation("Demo data is in place");
        }
    }
}
