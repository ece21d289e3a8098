using Procurement.Infrastructure.Search;

namespace Procurement.Web.Hosting;

/// <summary><c>dotnet run --project src/Procurement.Web -- --reindex-suppliers</c>: rebuild the supplier index and exit.</summary>
internal static class SearchIndexCommand
{
    public const string Switch = "--reindex-suppliers";

    public static async Task<int> RebuildAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var rebuilder = scope.ServiceProvider.GetRequiredService<SupplierIndexRebuilder>();
        var progress = new Progress<(int Done, int Total)>(p =>
            Console.WriteLine($"Indexed {p.Done:N0} of {p.Total:N0} suppliers ({(p.Total == 0 ? 100 : 100.0 * p.Done / p.Total):F1}%)"));
        var indexed = await rebuilder.RebuildAsync(progress, CancellationToken.None);
        Console.WriteLine($"The supplier index was rebuilt from the database: {indexed:N0} suppliers.");
        return 0;
    }
}
