using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Procurement.Infrastructure.Database;

namespace Procurement.Migrations;

/// <summary>
/// Used by <c>dotnet ef</c>. Adding a migration needs no server; applying one reads
/// <c>ConnectionStrings__Procurement</c> from the environment.
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ProcurementDbContext>
{
    public ProcurementDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Procurement")
            ?? "Host=127.0.0.1;Database=procurement;Username=procurement";
        var options = new DbContextOptionsBuilder<ProcurementDbContext>();
        DatabaseRegistration.Configure(options, connectionString);
        return new ProcurementDbContext(options.Options);
    }
}
