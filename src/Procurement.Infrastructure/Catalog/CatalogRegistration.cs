using Microsoft.Extensions.DependencyInjection;
using Procurement.Application.Orders.Ports;

namespace Procurement.Infrastructure.Catalog;

/// <summary>The catalog's adapters, registered in one call from <see cref="InfrastructureRegistration"/>.</summary>
public static class CatalogRegistration
{
    public static IServiceCollection AddProcurementCatalog(this IServiceCollection services)
    {
        services.AddScoped<IOrderableItems, OrderableItems>();
        return services;
    }
}
