using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Procurement.Infrastructure.Audit;
using Procurement.Infrastructure.Notifications;
using Procurement.Infrastructure.Search;

namespace Procurement.Infrastructure.Database;

public static class DatabaseRegistration
{
    public const string MigrationsAssembly = "Procurement.Migrations";

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) => options
        .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(MigrationsAssembly))
        .UseSnakeCaseNamingConvention();

    // The audit interceptor comes first: when it opened the save's transaction, it commits it before the outbox
    // interceptor looks whether the save was committed (to wake the search worker).
    public static IServiceCollection AddProcurementDatabase(this IServiceCollection services, string connectionString) => services
        .AddSingleton<AuditedEventsToLog>()
        .AddSingleton<SupplierChangesToOutbox>()
        .AddSingleton<CatalogSearchOutboxSignal>()
        .AddSingleton<CatalogChangesToOutbox>()
        .AddSingleton<MailOutboxSignal>()
        .AddSingleton<MailOutboxWakeUp>()
        .AddDbContext<ProcurementDbContext>((provider, options) => Configure(options, connectionString).AddInterceptors(
            provider.GetRequiredService<AuditedEventsToLog>(), provider.GetRequiredService<SupplierChangesToOutbox>(),
            provider.GetRequiredService<CatalogChangesToOutbox>(), provider.GetRequiredService<MailOutboxWakeUp>()));
}
