using Procurement.Application.Search.Ports;
using Procurement.Domain.Suppliers;

namespace Procurement.Search.Tests.Lucene;

public sealed class LuceneFacetTests
{
    public static TheoryData<string> Filters => ["public", "everyone", "small or micro"];

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Facet_counts_equal_the_counts_over_all_matching_suppliers(string filter)
    {
        var (query, matches) = QueryAndExpectation(filter);
        await using var index = await TempSupplierIndex.WithFixturesAsync();

        var facets = (await index.Search.SearchAsync(query with { PageSize = 1 }, CancellationToken.None)).Facets;

        var expected = SupplierFixtures.All.Where(matches).ToList();
        Assert.Equal(Count(expected.SelectMany(s => s.CpvCodes.Select(c => c[..2]).Distinct())), ByValue(facets.CpvDivisions));
        Assert.Equal(Count(expected.Select(s => s.Region)), ByValue(facets.Regions));
        Assert.Equal(Count(expected.Select(s => s.Size.ToString())), ByValue(facets.Sizes));
    }

    [Fact]
    public async Task Facets_list_the_most_frequent_value_first()
    {
        await using var index = await TempSupplierIndex.WithFixturesAsync();

        var facets = (await index.Search.SearchAsync(TempSupplierIndex.Admin(), CancellationToken.None)).Facets;

        Assert.Equal(new FacetCount("45", 2), facets.CpvDivisions[0]);
    }

    private static (SupplierQuery Query, Func<SupplierDocument, bool> Matches) QueryAndExpectation(string filter) => filter switch
    {
        "public" => (SupplierFixtures.Public(), s => s.Status == VerificationStatus.Verified),
        "everyone" => (TempSupplierIndex.Admin(), _ => true),
        _ => (TempSupplierIndex.Admin() with { Sizes = [SupplierSize.Small, SupplierSize.Micro] }, s => s.Size is SupplierSize.Small or SupplierSize.Micro),
    };

    private static List<(string, long)> Count(IEnumerable<string> values) =>
        [.. values.GroupBy(v => v).Select(g => (g.Key, (long)g.Count())).OrderBy(pair => pair.Key, StringComparer.Ordinal)];

    private static List<(string, long)> ByValue(IReadOnlyList<FacetCount> facets) =>
        [.. facets.Select(f => (f.Value, f.Count)).OrderBy(pair => pair.Value, StringComparer.Ordinal)];
}
