using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
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
    IOptions<DemoOptions> demo,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitialiseAsync(CancellationToken cancellationToken)
    {
        // On an empty database EF Core would first query a history table that does not exist yet and log that as a
        // failed command; creating it first keeps a newcomer's first start free of alarming errors.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);

        // EF Core takes a database lock while migrating, so several instances starting together apply each migration once.
        await db.Database.MigrateAsync(cancellationToken);
        await referenceData.SeedAsync(cancellationToken);
        await roles.SeedAsync();
        if (demo.Value.Seed)
        {
            await demoData.SeedAsync(cancellationToken);
            logger.LogInformation("Demo data is in place");
        }
    }
}
