using Procurement.Domain.Suppliers;

namespace Procurement.Search.Tests.Lucene;

public sealed class LuceneSuggestionTests
{
    [Fact]
    public async Task Suggestions_find_names_with_a_word_starting_with_the_typed_letters()
    {
        await using var index = await TempSupplierIndex.WithFixturesAsync();

        var suggestions = await index.Search.SuggestAsync("clea", TempSupplierIndex.AnyStatus, 10, CancellationToken.None);

        Assert.Equal([SupplierFixtures.Clearview.Id, SupplierFixtures.Summit.Id], suggestions.Select(s => s.Id));
    }

    [Fact]
    public async Task Suggestions_leave_out_suppliers_outside_the_statuses_asked_for()
    {
        await using var index = await TempSupplierIndex.WithFixturesAsync();

        var suggestions = await index.Search.SuggestAsync("clea", [VerificationStatus.Verified], 10, CancellationToken.None);

        Assert.Equal(SupplierFixtures.Clearview.LegalName, Assert.Single(suggestions).Name);
    }

    [Fact]
    public async Task Every_typed_word_must_start_a_word_of_the_name()
    {
        await using var index = await TempSupplierIndex.WithFixturesAsync();

        var suggestions = await index.Search.SuggestAsync("north med", TempSupplierIndex.AnyStatus, 10, CancellationToken.None);

        Assert.Equal(SupplierFixtures.Northwind.Id, Assert.Single(suggestions).Id);
    }

    [Fact]
    public async Task Suggestions_stop_at_the_limit()
    {
        await using var index = await TempSupplierIndex.WithFixturesAsync();

        var suggestions = await index.Search.SuggestAsync("s", TempSupplierIndex.AnyStatus, 1, CancellationToken.None);

        Assert.Single(suggestions);
    }
}
