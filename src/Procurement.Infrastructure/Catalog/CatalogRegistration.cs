using Microsoft.Extensions.DependencyInjection;
using Procurement.Application.Catalog.Ports;
using Procurement.Application.Orders.Ports;
using Procurement.Infrastructure.Search;

namespace Procurement.Infrastructure.Catalog;

/// <summary>The catalog's adapters, registered in one call from <see cref="InfrastructureRegistration"/>; the search adapter is chosen by the web host.</summary>
public static class CatalogRegistration
{
    public static IServiceCollection AddProcurementCatalog(this IServiceCollection services)
    {
        services.AddScoped<IOrderableItems, OrderableItems>();
        services.AddScoped<ICatalogRepository, CatalogRepository>();
        services.AddScoped<ICatalogReader, CatalogReader>();
        services.AddScoped<ICatalogImports, CatalogImports>();
        services.AddSingleton<CatalogImportSignal>();
        services.AddSingleton<CatalogImportWorker>();
        services.AddScoped<CatalogDocumentSource>();
        services.AddScoped<CatalogOutboxDrainer>();
        services.AddScoped<CatalogIndexRebuilder>();
        services.AddScoped<CatalogIndexCheck>();
        services.AddScoped<Demo.DemoCatalogSeeder>();
        return services;
    }

    /// <summary>The background workers: CSV imports and the catalog index outbox.</summary>
    public static IServiceCollection AddCatalogWorkers(this IServiceCollection services) => services
        .AddHostedService(provider => provider.GetRequiredService<CatalogImportWorker>())
        .AddHostedService<CatalogIndexWorker>();
}
