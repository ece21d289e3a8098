using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Procurement.Application.Search.Ports;
using Procurement.Infrastructure.Database;

namespace Procurement.Benchmarks.SupplierSearch;

/// <summary>
/// A measurement run, not a microbenchmark: the same generated suppliers and query mix through Lucene.Net (via the
/// port) and PostgreSQL full-text search, one after the other, printed side by side as a Markdown table.
/// </summary>
internal static class SupplierSearchLoadRun
{
    public const string Command = "supplier-search";
    private const double LuceneP99TargetMs = 5;
    private const double RequiredSpeedUp = 8;

    public static async Task<int> RunAsync(string[] args)
    {
        var supplierCount = IntOption(args, "--suppliers", 200_000);
        var queryCount = IntOption(args, "--queries", 1_000);
        var started = Stopwatch.GetTimestamp();
        var suppliers = SupplierCorpus.Generate(supplierCount);
        var queries = StringOption(args, "--only") is { } only
            ? Enumerable.Repeat(new BenchmarkQuery(QueryKind.Word, only, [], [], []), queryCount).ToList()
            : SupplierQueryMix.Generate(queryCount);
        var warmUp = SupplierQueryMix.Generate(QueryTimings.WarmUpQueries, seed: 1);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Generated {suppliers.Count:N0} suppliers and {queries.Count:N0} queries in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s ({Environment.ProcessorCount} cores)"));

        var root = Path.Combine(Path.GetTempPath(), $"procurement-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        try
        {
            var keptIndex = StringOption(args, "--index");
            var lucene = await LuceneLoadDriver.RunAsync(suppliers, warmUp, queries, keptIndex ?? Path.Combine(root, "lucene"), reuse: keptIndex is not null, IntOption(args, "--best-of", 1), args.Contains("--cpu-time"));
            if (args.Contains("--lucene-only"))
            {
                PrintLucene(lucene);
                return 0;
            }

            var postgres = await RunPostgresAsync(suppliers, warmUp, queries, Path.Combine(root, "postgres"));
            Print(lucene, postgres);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }

        return 0;
    }

    private static async Task<EngineMeasurement> RunPostgresAsync(IReadOnlyList<SupplierDocument> suppliers, IReadOnlyList<BenchmarkQuery> warmUp, IReadOnlyList<BenchmarkQuery> queries, string dataDirectory)
    {
        var cluster = await EmbeddedPostgresCluster.StartAsync(dataDirectory, throwaway: true);
        try
        {
            await cluster.CreateDatabaseIfMissingAsync("supplier_search");
            await using var connection = new NpgsqlConnection(cluster.ConnectionString("supplier_search"));
            await connection.OpenAsync();
            var started = Stopwatch.GetTimestamp();
            await PostgresSupplierTable.CreateAndLoadAsync(connection, suppliers);
            var loadSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"PostgreSQL: loaded and indexed {suppliers.Count:N0} suppliers in {loadSeconds:F1} s"));
            var timings = await QueryTimings.MeasureAsync(warmUp, queries, query => PostgresFullTextSearch.SearchAsync(connection, query));
            return new EngineMeasurement("PostgreSQL FTS (tsvector + GIN, ts_rank, facets)", string.Create(CultureInfo.InvariantCulture, $"{loadSeconds:F1} s COPY + indexes"), timings);
        }
        finally
        {
            await cluster.DeleteAsync();
        }
    }

    private static void Print(EngineMeasurement lucene, EngineMeasurement postgres)
    {
        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine("| engine | build/load time | p50 ms | p95 ms | p99 ms | max ms | avg hits |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var engine in new[] { lucene, postgres })
        {
            var t = engine.Timings;
            Console.WriteLine(string.Create(invariant,
                $"| {engine.Engine} | {engine.Build} | {t.Percentile(0.50):F2} | {t.Percentile(0.95):F2} | {t.Percentile(0.99):F2} | {t.Max:F2} | {t.AverageTotal:N0} |"));
        }

        Console.WriteLine();
        Console.WriteLine("| query kind | Lucene avg hits | Lucene p50 / p99 ms | PostgreSQL avg hits | PostgreSQL p50 / p99 ms |");
        Console.WriteLine("| --- | --- | --- | --- | --- |");
        foreach (var kind in Enum.GetValues<QueryKind>())
        {
            if (lucene.Timings.ByKind.TryGetValue(kind, out var l) && postgres.Timings.ByKind.TryGetValue(kind, out var p))
            {
                Console.WriteLine(string.Create(invariant,
                    $"| {kind} | {l.AverageTotal:N0} | {l.P50:F2} / {l.P99:F2} | {p.AverageTotal:N0} | {p.P50:F2} / {p.P99:F2} |"));
            }
        }

        var luceneP99 = lucene.Timings.Percentile(0.99);
        var ratio = postgres.Timings.Percentile(0.99) / luceneP99;
        Console.WriteLine();
        Console.WriteLine(string.Create(invariant, $"PostgreSQL p99 / Lucene p99 = {ratio:F1}x"));
        Console.WriteLine(string.Create(invariant, $"Target Lucene p99 <= {LuceneP99TargetMs} ms: {(luceneP99 <= LuceneP99TargetMs ? "met" : "NOT met")} ({luceneP99:F2} ms)"));
        Console.WriteLine(string.Create(invariant, $"Target Lucene p99 >= {RequiredSpeedUp}x lower than PostgreSQL: {(ratio >= RequiredSpeedUp ? "met" : "NOT met")} ({ratio:F1}x)"));
    }

    private static void PrintLucene(EngineMeasurement lucene)
    {
        var t = lucene.Timings;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Lucene: p50 {t.Percentile(0.50):F2} ms, p95 {t.Percentile(0.95):F2} ms, p99 {t.Percentile(0.99):F2} ms, max {t.Max:F2} ms"));
        foreach (var (kind, k) in t.ByKind)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {kind}: avg hits {k.AverageTotal:N0}, p50 / p99 {k.P50:F2} / {k.P99:F2} ms"));
        }

        Console.WriteLine("Slowest:");
        foreach (var run in t.Slowest)
        {
            var filters = string.Join(' ', run.Query.CpvPrefixes.Concat(run.Query.Regions).Concat(run.Query.Sizes.Select(size => size.ToString())));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {run.Milliseconds,7:F2} ms {run.Total,7:N0} hits  #{run.Index} {run.Query.Kind} '{run.Query.Text}' {filters}"));
        }
    }

    private static string? StringOption(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static int IntOption(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
