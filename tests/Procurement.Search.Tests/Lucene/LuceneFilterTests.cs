using Procurement.Application.Search.Ports;
using Procurement.Domain.Suppliers;

namespace Procurement.Search.Tests.Lucene;

public sealed class LuceneFilterTests
{
    [Fact]
    public async Task A_cpv_division_filter_returns_exactly_the_verified_suppliers_in_that_division()
    {
        await using var index = await TempSupplierIndex.WithFixturesAsync();

        var ids = await index.IdsAsync(SupplierFixtures.Public() with { CpvPrefixes = ["45"] });

        Assert.Equal(Expected(s => s.Status == VerificationStatus.Verified && s.CpvCodes.Any(c => c.StartsWith("45", StringComparison.Ordinal))), Sorted(ids));
    }

    [Fact]
    public async Task A_cpv_group_prefix_matches_every_code_below_it()
    {
        await using var index = await TempSupplierIndex.WithFixturesAsync();

        var ids = await index.IdsAsync(TempSupplierIndex.Admin() with { CpvPrefixes = ["4523"] });

        Assert.Equal(Expected(s => s.CpvCodes.Any(c => c.StartsWith("4523", StringComparison.Ordinal))), Sorted(ids));
    }

    [Fact]
    public async Task Several_cpv_prefixes_match_any_of_them()
    {
        await using var index = await TempSupplierIndex.WithFixturesAsync();

        var ids = await index.IdsAsync(SupplierFixtures.Public() with { CpvPrefixes = ["331", "722"] });

        Assert.Equal(Sorted([SupplierFixtures.Northwind.Id, SupplierFixtures.Clearview.Id]), Sorted(ids));
    }

    [Fact]
    public async Task A_region_filter_returns_only_suppliers_in_that_region()
    {
        await using var index = await TempSupplierIndex.WithFixturesAsync();

        var ids = await index.IdsAsync(TempSupplierIndex.Admin() with { Regions = ["London", "Scotland"] });

        Assert.Equal(Expected(s => s.Region is "London" or "Scotland"), Sorted(ids));
    }

    [Fact]
    public async Task A_size_filter_returns_only_suppliers_of_those_sizes()
    {
        await using var index = await TempSupplierIndex.WithFixturesAsync();

        var ids = await index.IdsAsync(TempSupplierIndex.Admin() with { Sizes = [SupplierSize.Small, SupplierSize.Micro] });

        Assert.Equal(Expected(s => s.Size is SupplierSize.Small or SupplierSize.Micro), Sorted(ids));
    }

    [Theory]
    [InlineData("Keystone")]
    [InlineData("road")]
    [InlineData("cleaning")]
    public async Task The_public_never_sees_pending_or_suspended_suppliers_even_when_their_text_matches(string text)
    {
        await using var index = await TempSupplierIndex.WithFixturesAsync();

        var ids = await index.IdsAsync(SupplierFixtures.Public(text));

        Assert.DoesNotContain(SupplierFixtures.Keystone.Id, ids);
        Assert.DoesNotContain(SupplierFixtures.Summit.Id, ids);
    }

    private static List<Guid> Expected(Func<SupplierDocument, bool> matches) =>
        Sorted(SupplierFixtures.All.Where(matches).Select(s => s.Id));

    private static List<Guid> Sorted(IEnumerable<Guid> ids) => [.. ids.Order()];
}
