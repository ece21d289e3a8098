using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Lucene.Net.Store;
using Procurement.Application.Catalog;
using Procurement.Application.Catalog.Ports;
using Procurement.Search.Lucene;

namespace Procurement.Benchmarks.Catalog;

/// <summary>
/// The catalogue's two hot paths outside the database: reading a 5,000-row CSV import, and a buyer's search over
/// 20,000 items (typo-tolerant text, a framework filter, facets, sorted by price).
/// </summary>
[MemoryDiagnoser]
public class CatalogBenchmarks : IDisposable
{
    private const int Items = 20_000;
    private static readonly string[] _words = ["paper", "toner", "gloves", "laptop", "chair", "desk", "cleaner", "coffee", "cable", "monitor"];

    private readonly RAMDirectory _directory = new();
    private readonly Guid[] _frameworks = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];
    private string _csv = string.Empty;
    private LuceneCatalogSearch? _search;

    [GlobalSetup]
    public async Task SetUp()
    {
        var csv = new StringBuilder(string.Join(",", CatalogCsvTemplate.Header)).Append("\r\n");
        for (var row = 0; row < 5_000; row++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"SKU-{row},\"A4 {_words[row % _words.Length]}, box of {row % 10 + 1}\",Described at length,30197643-5,BX,{row % 900 + 1}.99,GBP,1,{row % 14 + 1},Active\r\n");
        }

        _csv = csv.ToString();
        _search = new LuceneCatalogSearch(_directory);
        var random = new Random(42);
        var supplier = Enumerable.Range(0, 40).Select(_ => Guid.NewGuid()).ToArray();
        var documents = Enumerable.Range(0, Items).Select(i => new CatalogItemDocument(
            Guid.NewGuid(), supplier[i % supplier.Length], $"Supplier {i % supplier.Length}", $"SKU-{i}",
            $"{_words[i % _words.Length]} model {i}", $"Quality {_words[random.Next(_words.Length)]} for offices", "30197643-5", "Paper",
            "BX", "box", random.Next(100, 100_000) / 100m, "GBP", 1m, random.Next(1, 30), null, [_frameworks[i % _frameworks.Length]])).ToList();
        await _search.UpsertAsync(documents, CancellationToken.None);
    }

    [Benchmark]
    public int ParseFiveThousandRowCsv() => CsvRecords.Parse(_csv).Count;

    [Benchmark]
    public async Task<long> SearchWithTypoFrameworkFilterFacetsByPrice()
    {
        var result = await _search!.SearchAsync(
            new CatalogQuery("tonr", null, null, 500m, [_frameworks[0], _frameworks[1]], [], CatalogSort.PriceAscending), CancellationToken.None);
        return result.Total;
    }

    public void Dispose()
    {
        _search?.Dispose();
        _directory.Dispose();
        GC.SuppressFinalize(this);
    }
}
