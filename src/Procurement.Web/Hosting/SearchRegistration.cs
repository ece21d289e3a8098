using Procurement.Application.Catalog.Ports;
using Procurement.Application.Search.Ports;
using Procurement.Infrastructure.Catalog;
using Procurement.Infrastructure.Search;
using Procurement.Search.Elasticsearch;
using Procurement.Search.Lucene;

namespace Procurement.Web.Hosting;

/// <summary>Picks the supplier search adapter from <c>Search:Provider</c>: Lucene (embedded, the default) or Elasticsearch.</summary>
internal static class SearchRegistration
{
    public static IServiceCollection AddProcurementSearch(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        var provider = configuration["Search:Provider"];
        if (string.Equals(provider, "Elasticsearch", StringComparison.OrdinalIgnoreCase))
        {
            if (!Uri.TryCreate(configuration["Search:Elasticsearch:Url"], UriKind.Absolute, out _))
            {
                throw new InvalidOperationException("Search:Provider is Elasticsearch, so Search:Elasticsearch:Url must be an address like http://localhost:9200.");
            }

            services.AddSingleton(configuration.GetSection("Search:Elasticsearch").Get<ElasticsearchOptions>()!);
            services.AddHttpClient<ISupplierSearch, ElasticsearchSupplierSearch>();
            services.AddHttpClient<ICatalogSearch, ElasticsearchCatalogSearch>();
        }
        else if (string.IsNullOrWhiteSpace(provider) || string.Equals(provider, "Lucene", StringComparison.OrdinalIgnoreCase))
        {
            var directory = configuration["Search:Lucene:Directory"];
            var path = string.IsNullOrWhiteSpace(directory) ? Path.Combine(dataDirectory, "search", "suppliers") : Path.GetFullPath(directory);
            services.AddSingleton<ISupplierSearch>(_ => new LuceneSupplierSearch(path));
            var catalogDirectory = configuration["Search:Lucene:CatalogDirectory"];
            var catalogPath = string.IsNullOrWhiteSpace(catalogDirectory) ? Path.Combine(dataDirectory, "search", "catalog") : Path.GetFullPath(catalogDirectory);
            services.AddSingleton<ICatalogSearch>(_ => new LuceneCatalogSearch(catalogPath));
        }
        else
        {
            throw new InvalidOperationException($"Search:Provider '{provider}' is not known: use Lucene or Elasticsearch.");
        }

        services.AddSingleton<SupplierIndexRebuildJob>();
        services.AddHostedService<SearchIndexWorker>();
        services.AddCatalogWorkers();
        return services;
    }

    /// <summary>Creates the Elasticsearch index when needed, and rebuilds the index when it does not match the database.</summary>
    public static async Task PrepareSearchIndexAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        if (scope.ServiceProvider.GetRequiredService<ISupplierSearch>() is ElasticsearchSupplierSearch elasticsearch)
        {
            await elasticsearch.EnsureIndexAsync(app.Lifetime.ApplicationStopping);
        }

        if (scope.ServiceProvider.GetRequiredService<ICatalogSearch>() is ElasticsearchCatalogSearch catalog)
        {
            await catalog.EnsureIndexAsync(app.Lifetime.ApplicationStopping);
        }

        await scope.ServiceProvider.GetRequiredService<SupplierIndexCheck>().RebuildIfIncompleteAsync(app.Lifetime.ApplicationStopping);
        await scope.ServiceProvider.GetRequiredService<CatalogIndexCheck>().RebuildIfIncompleteAsync(app.Lifetime.ApplicationStopping);
    }
}
