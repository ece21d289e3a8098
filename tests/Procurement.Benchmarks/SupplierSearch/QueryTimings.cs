using System.Diagnostics;

namespace Procurement.Benchmarks.SupplierSearch;

/// <summary>How one engine did: build time, latency percentiles over the query mix, and the hits it found.</summary>
internal sealed record EngineMeasurement(string Engine, string Build, QueryTimings Timings);

/// <summary>Average hits and latency of the queries of one kind.</summary>
internal sealed record KindSummary(double AverageTotal, double P50, double P99);

internal sealed record QueryTimings(double[] SortedMilliseconds, IReadOnlyDictionary<QueryKind, KindSummary> ByKind, double AverageTotal)
{
    public const int WarmUpQueries = 50;

    public double Percentile(double fraction) => Percentile(SortedMilliseconds, fraction);

    private static double Percentile(double[] sorted, double fraction) =>
        sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];

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

        var byKind = queries.Select((query, i) => (query.Kind, Total: totals[i], Milliseconds: milliseconds[i]))
            .GroupBy(run => run.Kind)
            .ToDictionary(group => group.Key, group => Summarise(group.ToList()));
        Array.Sort(milliseconds);
        return new QueryTimings(milliseconds, byKind, totals.Average());
    }

    private static KindSummary Summarise(List<(QueryKind Kind, long Total, double Milliseconds)> runs)
    {
        var sorted = runs.Select(run => run.Milliseconds).Order().ToArray();
        return new KindSummary(runs.Average(run => (double)run.Total), Percentile(sorted, 0.50), Percentile(sorted, 0.99));
    }
}
