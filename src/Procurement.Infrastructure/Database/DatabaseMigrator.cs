using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Procurement.Infrastructure.Database;

/// <summary>Applies pending migrations; shared by the web app's start-up and the standalone migrator.</summary>
public static class DatabaseMigrator
{
    public static async Task<IReadOnlyList<string>> MigrateAsync(ProcurementDbContext db, CancellationToken cancellationToken)
    {
        // On an empty database EF Core would first query a history table that does not exist yet and log that as a
        // failed command; creating it first keeps a newcomer's first start free of alarming errors.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();

        // EF Core takes a database lock while migrating, so several instances starting together apply each migration once.
        await db.Database.MigrateAsync(cancellationToken);
        return pending;
    }
}
