using System.Diagnostics;

namespace Procurement.Benchmarks.SupplierSearch;

/// <summary>How one engine did: build time, latency percentiles over the query mix, and the hits it found.</summary>
internal sealed record EngineMeasurement(string Engine, string Build, QueryTimings Timings);

internal sealed record QueryTimings(double[] SortedMilliseconds, IReadOnlyDictionary<QueryKind, double> AverageTotalByKind, double AverageTotal)
{
    public const int WarmUpQueries = 50;

    public double Percentile(double fraction) =>
        SortedMilliseconds[Math.Clamp((int)Math.Ceiling(fraction * SortedMilliseconds.Length) - 1, 0, SortedMilliseconds.Length - 1)];

    public double Max => SortedMilliseconds[^1];

    /// <summary>Runs the warm-up queries untimed, then each query once, timed end to end. <paramref name="search"/> returns the total hits.</summary>
    public static async Task<QueryTimings> MeasureAsync(IReadOnlyList<BenchmarkQuery> queries, Func<BenchmarkQuery, Task<long>> search)
    {
        foreach (var query in queries.Take(WarmUpQueries))
        {
            await search(query);
        }

        var milliseconds = new double[queries.Count];
        var totals = new long[queries.Count];
        for (var i = 0; i < queries.Count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            totals[i] = await search(queries[i]);
            milliseconds[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(milliseconds);
        var byKind = queries.Select((query, i) => (query.Kind, Total: totals[i]))
            .GroupBy(pair => pair.Kind)
            .ToDictionary(group => group.Key, group => group.Average(pair => (double)pair.Total));
        return new QueryTimings(milliseconds, byKind, totals.Average());
    }
}
