using System.Diagnostics;
using System.Globalization;
using Procurement.Application.Search.Ports;
using Procurement.Search.Lucene;

namespace Procurement.Benchmarks.SupplierSearch;

/// <summary>Indexes the suppliers and runs the query mix through the <see cref="ISupplierSearch"/> port, as the app does.</summary>
internal static class LuceneLoadDriver
{
    private const int BatchSize = 5_000;

    public static async Task<EngineMeasurement> RunAsync(IReadOnlyList<SupplierDocument> suppliers, IReadOnlyList<BenchmarkQuery> queries, string indexFolder)
    {
        using var search = new LuceneSupplierSearch(indexFolder);
        var started = Stopwatch.GetTimestamp();
        foreach (var batch in suppliers.Chunk(BatchSize))
        {
            await search.UpsertAsync(batch, CancellationToken.None);
        }

        var buildSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var megabytes = new DirectoryInfo(indexFolder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(file => file.Length) / 1024.0 / 1024.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Lucene: indexed {suppliers.Count:N0} suppliers in {buildSeconds:F1} s, {megabytes:F0} MB on disk"));

        var timings = await QueryTimings.MeasureAsync(queries, async query => (await search.SearchAsync(query.ToPort(), CancellationToken.None)).Total);
        return new EngineMeasurement("Lucene.Net (port, with facets)", string.Create(CultureInfo.InvariantCulture, $"{buildSeconds:F1} s index ({megabytes:F0} MB)"), timings);
    }
}
