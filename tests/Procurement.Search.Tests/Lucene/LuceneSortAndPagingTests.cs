using Procurement.Application.Search.Ports;

namespace Procurement.Search.Tests.Lucene;

public sealed class LuceneSortAndPagingTests
{
    private static readonly List<Guid> _allByName =
        [.. SupplierFixtures.All.OrderBy(s => s.LegalName, StringComparer.OrdinalIgnoreCase).Select(s => s.Id)];

    [Theory]
    [InlineData(SupplierSort.Name)]
    [InlineData(SupplierSort.Relevance)]
    public async Task Without_text_suppliers_come_in_name_order(SupplierSort sort)
    {
        await using var index = await TempSupplierIndex.WithFixturesAsync();

        var ids = await index.IdsAsync(TempSupplierIndex.Admin() with { Sort = sort });

        Assert.Equal(_allByName, ids);
    }

    [Fact]
    public async Task Sorting_by_name_overrides_relevance_for_a_text_query()
    {
        await using var index = await TempSupplierIndex.WithFixturesAsync();

        var ids = await index.IdsAsync(TempSupplierIndex.Admin("road") with { Sort = SupplierSort.Name });

        Assert.Equal([SupplierFixtures.Brightline.Id, SupplierFixtures.Keystone.Id], ids);
    }

    [Fact]
    public async Task A_page_holds_its_slice_and_the_total_counts_every_match()
    {
        await using var index = await TempSupplierIndex.WithFixturesAsync();

        var result = await index.Search.SearchAsync(TempSupplierIndex.Admin() with { Page = 2, PageSize = 2 }, CancellationToken.None);

        Assert.Equal(SupplierFixtures.All.Count, result.Total);
        Assert.Equal(_allByName.Skip(2).Take(2), result.Items.Select(hit => hit.Id));
    }

    [Fact]
    public async Task A_page_past_the_end_is_empty_but_keeps_the_total()
    {
        await using var index = await TempSupplierIndex.WithFixturesAsync();

        var result = await index.Search.SearchAsync(TempSupplierIndex.Admin() with { Page = 1000, PageSize = 100 }, CancellationToken.None);

        Assert.Empty(result.Items);
        Assert.Equal(SupplierFixtures.All.Count, result.Total);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-5, 1)]
    public async Task A_page_size_below_one_is_raised_to_one(int pageSize, int expected)
    {
        await using var index = await TempSupplierIndex.WithFixturesAsync();

        var result = await index.Search.SearchAsync(TempSupplierIndex.Admin() with { PageSize = pageSize }, CancellationToken.None);

        Assert.Equal(expected, result.Items.Count);
    }
}
