using Procurement.Application.Search.Ports;
using Procurement.Domain.Suppliers;

namespace Procurement.Search.Tests.Lucene;

/// <summary>Typos are forgiven only for words no supplier uses, and prefixes complete words as people write them.</summary>
public sealed class LuceneTypoToleranceTests
{
    private static readonly SupplierDocument _bakery = Supplier(1, "Oakfield Bakery", "Fresh bread and rolls for school kitchens.");
    private static readonly SupplierDocument _brakes = Supplier(2, "Stopright Vehicle Parts", "Brake pads and break-down recovery for fleet vehicles.");
    private static readonly SupplierDocument _plumbers = Supplier(3, "Pipeline Trades", "Plumbing and heating maintenance for council housing.");

    [Fact]
    public async Task A_word_some_supplier_uses_does_not_also_match_its_near_misses()
    {
        await using var index = await TempSupplierIndex.WithAsync([_bakery, _brakes, _plumbers]);

        var ids = await index.IdsAsync(SupplierFixtures.Public("bread"));

        Assert.Equal(_bakery.Id, Assert.Single(ids));
    }

    [Theory]
    [InlineData("plmbing")]
    [InlineData("pulmbing heating")]
    [InlineData("heating plumbign")]
    public async Task A_typo_in_a_word_the_index_stems_still_finds_it(string text)
    {
        await using var index = await TempSupplierIndex.WithAsync([_bakery, _brakes, _plumbers]);

        var ids = await index.IdsAsync(SupplierFixtures.Public(text));

        Assert.Equal(_plumbers.Id, Assert.Single(ids));
    }

    [Theory]
    [InlineData("plumbi")]
    [InlineData("heating plumbin")]
    public async Task An_unfinished_last_word_completes_the_word_as_written_not_its_stem(string text)
    {
        await using var index = await TempSupplierIndex.WithAsync([_bakery, _brakes, _plumbers]);

        var result = await index.Search.SearchAsync(SupplierFixtures.Public(text), CancellationToken.None);

        Assert.Equal(_plumbers.Id, Assert.Single(result.Items).Id);
        Assert.Contains("<mark>Plumbing</mark>", result.Items[0].Highlight, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_highlight_marks_the_word_a_typo_matched()
    {
        await using var index = await TempSupplierIndex.WithAsync([_bakery, _brakes, _plumbers]);

        var result = await index.Search.SearchAsync(SupplierFixtures.Public("hetaing"), CancellationToken.None);

        Assert.Contains("<mark>heating</mark>", Assert.Single(result.Items).Highlight, StringComparison.Ordinal);
    }

    private static SupplierDocument Supplier(int number, string name, string description) => new(
        new Guid(number, 0, 0, new byte[8]), name, null, description, "GB", "London",
        SupplierSize.Small, VerificationStatus.Verified, ["15000000-8"], ["Food, beverages, tobacco and related products"]);
}
