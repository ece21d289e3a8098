using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Procurement.Infrastructure.Database;

public static class DatabaseRegistration
{
    public const string MigrationsAssembly = "Procurement.Migrations";

    public static void Configure(DbContextOptionsBuilder options, string connectionString) => options
        .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(MigrationsAssembly))
        .UseSnakeCaseNamingConvention();

    public static IServiceCollection AddProcurementDatabase(this IServiceCollection services, string connectionString) =>
        services.AddDbContext<ProcurementDbContext>(options => Configure(options, connectionString));
}
