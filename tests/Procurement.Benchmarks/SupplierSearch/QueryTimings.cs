using System.Diagnostics;

namespace Procurement.Benchmarks.SupplierSearch;

/// <summary>How one engine did: build time, latency percentiles over the query mix, and the hits it found.</summary>
internal sealed record EngineMeasurement(string Engine, string Build, QueryTimings Timings);

/// <summary>Average hits and latency of the queries of one kind.</summary>
internal sealed record KindSummary(double AverageTotal, double P50, double P99);

/// <summary>One timed query, kept for the list of the slowest.</summary>
internal sealed record TimedQuery(int Index, BenchmarkQuery Query, long Total, double Milliseconds);

internal sealed record QueryTimings(double[] SortedMilliseconds, IReadOnlyDictionary<QueryKind, KindSummary> ByKind, double AverageTotal, IReadOnlyList<TimedQuery> Slowest)
{
    private const int SlowestKept = 15;

    /// <summary>Enough for the JIT to finish optimising the hot paths (tiered compilation), so the run measures the steady state.</summary>
    public const int WarmUpQueries = 1_000;

    public double Percentile(double fraction) => Percentile(SortedMilliseconds, fraction);

    private static double Percentile(double[] sorted, double fraction) =>
        sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];

    public double Max => SortedMilliseconds[^1];

    /// <summary>
    /// Runs <paramref name="warmUp"/> untimed (another mix than the measured one), then each query once, timed end to end. <paramref name="search"/> returns the
    /// total hits. With <paramref name="bestOf"/> above 1 each query runs that many times and the fastest counts: a
    /// diagnostic for comparing changes on a busy machine, not the figure to record.
    /// </summary>
    /// <param name="cpuTime">Time each query by the CPU its thread used instead of the wall clock (a diagnostic too).</param>
    public static async Task<QueryTimings> MeasureAsync(IReadOnlyList<BenchmarkQuery> warmUp, IReadOnlyList<BenchmarkQuery> queries, Func<BenchmarkQuery, Task<long>> search, int bestOf = 1, bool cpuTime = false)
    {
        foreach (var query in warmUp)
        {
            await search(query);
        }

        var milliseconds = new double[queries.Count];
        var totals = new long[queries.Count];
        for (var i = 0; i < queries.Count; i++)
        {
            milliseconds[i] = double.MaxValue;
            for (var run = 0; run < bestOf; run++)
            {
                var started = cpuTime ? ThreadCpuClock.NowMilliseconds() : Stopwatch.GetTimestamp();
                totals[i] = await search(queries[i]);
                var elapsed = cpuTime ? ThreadCpuClock.NowMilliseconds() - started : Stopwatch.GetElapsedTime((long)started).TotalMilliseconds;
                milliseconds[i] = Math.Min(milliseconds[i], elapsed);
            }
        }

        var byKind = queries.Select((query, i) => (query.Kind, Total: totals[i], Milliseconds: milliseconds[i]))
            .GroupBy(run => run.Kind)
            .ToDictionary(group => group.Key, group => Summarise(group.ToList()));
        var slowest = queries.Select((query, i) => new TimedQuery(i, query, totals[i], milliseconds[i]))
            .OrderByDescending(run => run.Milliseconds).Take(SlowestKept).ToList();
        Array.Sort(milliseconds);
        return new QueryTimings(milliseconds, byKind, totals.Average(), slowest);
    }

    private static KindSummary Summarise(List<(QueryKind Kind, long Total, double Milliseconds)> runs)
    {
        var sorted = runs.Select(run => run.Milliseconds).Order().ToArray();
        return new KindSummary(runs.Average(run => (double)run.Total), Percentile(sorted, 0.50), Percentile(sorted, 0.99));
    }
}
