using Procurement.Application.Search.Ports;
using Procurement.Domain.Suppliers;
using Procurement.Search.Elasticsearch;

namespace Procurement.Search.Tests.Elasticsearch;

/// <summary>The adapter against a real Elasticsearch 8, when ELASTICSEARCH_URL names one; reported as skipped otherwise.</summary>
public sealed class LiveElasticsearchTests(LiveElasticsearchIndex index) : IClassFixture<LiveElasticsearchIndex>
{
    private static readonly SupplierDocument[] _publicSuppliers =
        [.. SupplierFixtures.All.Where(supplier => supplier.Status == VerificationStatus.Verified)];

    [Fact]
    public async Task A_misspelt_name_still_finds_the_supplier()
    {
        var result = await Search().SearchAsync(SupplierFixtures.Public("nortwind"), CancellationToken.None);

        var hit = Assert.Single(result.Items);
        Assert.Equal(SupplierFixtures.Northwind.Id, hit.Id);
        Assert.Contains("<mark>", hit.Highlight, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_status_filter_hides_unverified_and_suspended_suppliers()
    {
        var result = await Search().SearchAsync(SupplierFixtures.Public(), CancellationToken.None);

        Assert.Equal(_publicSuppliers.Length, result.Total);
        Assert.DoesNotContain(result.Items, hit => hit.Id == SupplierFixtures.Summit.Id || hit.Id == SupplierFixtures.Keystone.Id);
        Assert.Equal(_publicSuppliers.Select(supplier => supplier.LegalName).Order(StringComparer.OrdinalIgnoreCase), result.Items.Select(hit => hit.Name));
    }

    [Fact]
    public async Task Facet_counts_equal_the_counts_over_the_matching_suppliers()
    {
        var facets = (await Search().SearchAsync(SupplierFixtures.Public(), CancellationToken.None)).Facets;

        Assert.Equal(Count(_publicSuppliers.SelectMany(supplier => supplier.CpvCodes.Select(code => code[..2]).Distinct())), facets.CpvDivisions);
        Assert.Equal(Count(_publicSuppliers.Select(supplier => supplier.Region)), facets.Regions);
        Assert.Equal(Count(_publicSuppliers.Select(supplier => supplier.Size.ToString())), facets.Sizes);
    }

    [Fact]
    public async Task A_cpv_prefix_filter_finds_every_supplier_with_a_code_under_it()
    {
        var query = new SupplierQuery(null, ["4523"], [], [], []);

        var result = await Search().SearchAsync(query, CancellationToken.None);

        Assert.Equal([SupplierFixtures.Brightline.Id, SupplierFixtures.Keystone.Id], result.Items.Select(hit => hit.Id));
    }

    [Fact]
    public async Task Suggestions_complete_the_words_typed_so_far()
    {
        var suggestions = await Search().SuggestAsync("northw med", [VerificationStatus.Verified], 5, CancellationToken.None);

        Assert.Equal([new SupplierSuggestion(SupplierFixtures.Northwind.Id, SupplierFixtures.Northwind.LegalName)], suggestions);
    }

    private ElasticsearchSupplierSearch Search()
    {
        if (index.Search is null)
        {
            Assert.Skip(LiveElasticsearchIndex.NotSetMessage);
        }

        return index.Search;
    }

    private static List<FacetCount> Count(IEnumerable<string> values) =>
        [.. values.CountBy(value => value)
            .Select(group => new FacetCount(group.Key, group.Value))
            .OrderByDescending(facet => facet.Count)
            .ThenBy(facet => facet.Value, StringComparer.Ordinal)];
}
