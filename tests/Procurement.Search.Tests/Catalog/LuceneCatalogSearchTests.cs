using Lucene.Net.Store;
using Procurement.Application.Catalog.Ports;
using Procurement.Search.Lucene;
using static Procurement.Search.Tests.Catalog.CatalogDocuments;

namespace Procurement.Search.Tests.Catalog;

public sealed class LuceneCatalogSearchTests : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly LuceneCatalogSearch _search;

    public LuceneCatalogSearchTests()
    {
        _search = new LuceneCatalogSearch(_directory);
        _search.UpsertAsync(All, CancellationToken.None).GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        _search.Dispose();
        _directory.Dispose();
    }

    [Theory]
    [InlineData("tonner")]
    [InlineData("cartrige")]
    [InlineData("staplr heavy")]
    public async Task Forgives_typos(string text)
    {
        var found = await SearchAsync(new CatalogQuery(text, null, null, null, null, []));

        Assert.Single(found.Items);
        Assert.Contains(found.Items[0].Id, new[] { Toner.Id, Stapler.Id });
    }

    [Fact]
    public async Task Query_syntax_is_matched_as_words_never_parsed()
    {
        var found = await SearchAsync(new CatalogQuery("toner AND (name:*", null, null, null, null, []));

        Assert.Equal(0, found.Total);
    }

    [Fact]
    public async Task Filters_by_cpv_prefix_price_range_frameworks_and_supplier()
    {
        Same([Paper.Id, Stapler.Id, Toner.Id, Unlisted.Id], Ids(await SearchAsync(new CatalogQuery(null, "30", null, null, null, []))));
        Assert.Equal([Toner.Id], Ids(await SearchAsync(new CatalogQuery(null, "3012", null, null, null, []))));
        Same([Gloves.Id, Unlisted.Id], Ids(await SearchAsync(new CatalogQuery(null, null, 6m, 7.20m, null, []))));
        Assert.Equal([Gloves.Id], Ids(await SearchAsync(new CatalogQuery(null, null, null, null, [PpeFramework], []))));
        Assert.Equal(0, (await SearchAsync(new CatalogQuery(null, null, null, null, [], []))).Total);
        Assert.Equal([Gloves.Id], Ids(await SearchAsync(new CatalogQuery(null, null, null, null, null, [Northwind]))));
    }

    [Fact]
    public async Task Counts_cpv_divisions_and_suppliers_over_every_match()
    {
        var found = await SearchAsync(new CatalogQuery(null, null, null, null, [OfficeFramework, PpeFramework], [], PageSize: 1));

        Assert.Equal(4, found.Total);
        Assert.Equal([("30", 3L), ("18", 1L)], found.Facets.CpvDivisions.Select(f => (f.Value, f.Count)));
        Assert.Equal([("Meridian Office", 3L), ("Northwind Medical", 1L)], found.Facets.Suppliers.Select(f => (f.Label, f.Count)));
        Assert.Equal(Meridian.ToString(), found.Facets.Suppliers[0].Value);
    }

    [Fact]
    public async Task Sorts_by_price_or_lead_time_and_pages()
    {
        var byPrice = await SearchAsync(new CatalogQuery(null, null, null, null, [OfficeFramework, PpeFramework], [], CatalogSort.PriceAscending));
        var byLead = await SearchAsync(new CatalogQuery(null, null, null, null, [OfficeFramework, PpeFramework], [], CatalogSort.LeadTime));
        var secondPage = await SearchAsync(new CatalogQuery(null, null, null, null, [OfficeFramework, PpeFramework], [], CatalogSort.PriceAscending, Page: 2, PageSize: 3));

        Assert.Equal([Paper.Id, Gloves.Id, Stapler.Id, Toner.Id], Ids(byPrice));
        Assert.Equal([Gloves.Id, Paper.Id, Toner.Id, Stapler.Id], Ids(byLead));
        Assert.Equal([Toner.Id], Ids(secondPage));
    }

    [Fact]
    public async Task A_removed_item_is_no_longer_found_and_an_update_replaces_it()
    {
        await _search.RemoveAsync([Toner.Id], CancellationToken.None);
        await _search.UpsertAsync([Paper with { Name = "A3 copier paper", UnitPrice = 8.40m }], CancellationToken.None);

        Assert.Equal(0, (await SearchAsync(new CatalogQuery("toner", null, null, null, null, []))).Total);
        var paper = Assert.Single((await SearchAsync(new CatalogQuery("copier", null, null, null, null, []))).Items);
        Assert.Equal(("A3 copier paper", 8.40m), (paper.Name, paper.UnitPrice));
    }

    private static void Same(Guid[] expected, List<Guid> actual) => Assert.Equal(expected.Order(), actual.Order());

    private static List<Guid> Ids(CatalogSearchResult result) => [.. result.Items.Select(i => i.Id)];

    private Task<CatalogSearchResult> SearchAsync(CatalogQuery query) => _search.SearchAsync(query, CancellationToken.None);
}
