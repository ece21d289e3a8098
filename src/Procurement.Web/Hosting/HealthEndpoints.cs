using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Procurement.Infrastructure.Database;

namespace Procurement.Web.Hosting;

internal static class HealthEndpoints
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddProcurementHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddDbContextCheck<ProcurementDbContext>("database", tags: [ReadyTag]);
        return services;
    }

    /// <summary><c>/health/live</c>: the process answers. <c>/health/ready</c>: it can also reach the database.</summary>
    public static void MapProcurementHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
    }
}
