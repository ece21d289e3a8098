using Procurement.Infrastructure.Database;

namespace Procurement.Migrations;

/// <summary>
/// The migrator: applies every pending migration to <c>ConnectionStrings__Procurement</c> and exits.
/// docker compose runs it once before the web app; the web app also migrates at start-up.
/// </summary>
internal static class Migrator
{
    public static async Task<int> Main(string[] args)
    {
        if (Environment.GetEnvironmentVariable("ConnectionStrings__Procurement") is null)
        {
            await Console.Error.WriteLineAsync("Set ConnectionStrings__Procurement to the database to migrate.");
            return 2;
        }

        await using var db = new DesignTimeDbContextFactory().CreateDbContext(args);
        var applied = await DatabaseMigrator.MigrateAsync(db, CancellationToken.None);
        Console.WriteLine(applied.Count == 0 ? "The database was up to date." : $"Applied {applied.Count} migration(s): {string.Join(", ", applied)}");
        return 0;
    }
}
