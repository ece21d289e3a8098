using System.Diagnostics;
using System.Globalization;
using Procurement.Application.Search.Ports;
using Procurement.Search.Lucene;

namespace Procurement.Benchmarks.SupplierSearch;

/// <summary>Indexes the suppliers and runs the query mix through the <see cref="ISupplierSearch"/> port, as the app does.</summary>
internal static class LuceneLoadDriver
{
    private const int BatchSize = 5_000;

    /// <param name="reuse">Keep an index already in <paramref name="indexFolder"/> (built by an earlier run with the same options).</param>
    public static async Task<EngineMeasurement> RunAsync(IReadOnlyList<SupplierDocument> suppliers, IReadOnlyList<BenchmarkQuery> warmUp, IReadOnlyList<BenchmarkQuery> queries, string indexFolder, bool reuse = false, int bestOf = 1, bool cpuTime = false)
    {
        var built = reuse && Directory.Exists(indexFolder) && Directory.EnumerateFiles(indexFolder, "segments_*").Any();
        var started = Stopwatch.GetTimestamp();
        // Closing the writer waits for its background merges, so they are counted in the build and do not compete
        // with the queries; the queries then run on the index reopened, as after a restart.
        using (var writing = new LuceneSupplierSearch(indexFolder))
        {
            foreach (var batch in built ? [] : suppliers.Chunk(BatchSize))
            {
                await writing.UpsertAsync(batch, CancellationToken.None);
            }
        }

        using var search = new LuceneSupplierSearch(indexFolder);
        var buildSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var megabytes = new DirectoryInfo(indexFolder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(file => file.Length) / 1024.0 / 1024.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Lucene: indexed {suppliers.Count:N0} suppliers in {buildSeconds:F1} s, {megabytes:F0} MB on disk"));

        var timings = await QueryTimings.MeasureAsync(warmUp, queries, async query => (await search.SearchAsync(query.ToPort(), CancellationToken.None)).Total, bestOf, cpuTime);
        return new EngineMeasurement("Lucene.Net (port, with facets)", string.Create(CultureInfo.InvariantCulture, $"{buildSeconds:F1} s index ({megabytes:F0} MB)"), timings);
    }
}
