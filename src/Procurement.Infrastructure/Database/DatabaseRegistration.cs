using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Procurement.Infrastructure.Notifications;
using Procurement.Infrastructure.Search;

namespace Procurement.Infrastructure.Database;

public static class DatabaseRegistration
{
    public const string MigrationsAssembly = "Procurement.Migrations";

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) => options
        .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(MigrationsAssembly))
        .UseSnakeCaseNamingConvention();

    public static IServiceCollection AddProcurementDatabase(this IServiceCollection services, string connectionString) => services
        .AddSingleton<SupplierChangesToOutbox>()
        .AddSingleton<MailOutboxSignal>()
        .AddSingleton<MailOutboxWakeUp>()
        .AddDbContext<ProcurementDbContext>((provider, options) => Configure(options, connectionString).AddInterceptors(
            provider.GetRequiredService<SupplierChangesToOutbox>(), provider.GetRequiredService<MailOutboxWakeUp>()));
}
