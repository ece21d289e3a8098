using Procurement.Application.Search.Ports;
using Procurement.Domain.Suppliers;

namespace Procurement.Search.Tests.Lucene;

public sealed class LuceneTextSearchTests
{
    [Theory]
    [InlineData("nortwind", "00000000-0000-0000-0000-000000000001")]
    [InlineData("constrution", "00000000-0000-0000-0000-000000000002")]
    public async Task A_misspelt_query_finds_the_intended_supplier(string text, string expectedId)
    {
        await using var index = await TempSupplierIndex.WithFixturesAsync();

        var ids = await index.IdsAsync(SupplierFixtures.Public(text));

        Assert.Equal(Guid.Parse(expectedId), Assert.Single(ids));
    }

    [Fact]
    public async Task Every_word_of_the_query_must_match()
    {
        await using var index = await TempSupplierIndex.WithFixturesAsync();

        var ids = await index.IdsAsync(SupplierFixtures.Public("medical software"));

        Assert.Empty(ids);
    }

    [Fact]
    public async Task The_last_word_matches_as_a_prefix_while_typing()
    {
        await using var index = await TempSupplierIndex.WithFixturesAsync();

        var ids = await index.IdsAsync(SupplierFixtures.Public("hospital equ"));

        Assert.Equal(SupplierFixtures.Northwind.Id, Assert.Single(ids));
    }

    [Fact]
    public async Task Lucene_query_syntax_in_the_text_does_not_throw()
    {
        await using var index = await TempSupplierIndex.WithFixturesAsync();

        var error = await Record.ExceptionAsync(() => index.IdsAsync(SupplierFixtures.Public("name:x AND (y OR \"z")));

        Assert.Null(error);
    }

    [Fact]
    public async Task Lucene_query_syntax_in_the_text_is_searched_as_plain_words()
    {
        await using var index = await TempSupplierIndex.WithFixturesAsync();

        var ids = await index.IdsAsync(SupplierFixtures.Public("Northwind: AND (medical OR \"supplies"));

        Assert.Equal(SupplierFixtures.Northwind.Id, Assert.Single(ids));
    }

    [Fact]
    public async Task The_highlight_marks_the_matched_word()
    {
        await using var index = await TempSupplierIndex.WithFixturesAsync();

        var result = await index.Search.SearchAsync(SupplierFixtures.Public("hospital"), CancellationToken.None);

        Assert.Contains("<mark>hospital</mark>", Assert.Single(result.Items).Highlight, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_highlight_html_encodes_the_rest_of_the_text()
    {
        var scripted = SupplierFixtures.Clearview with
        {
            Id = Guid.NewGuid(),
            Description = "Forms with <script>alert('x')</script> checks & secure hosting.",
        };
        await using var index = await TempSupplierIndex.WithAsync([scripted]);

        var result = await index.Search.SearchAsync(SupplierFixtures.Public("hosting"), CancellationToken.None);

        Assert.Equal(
            "Forms with &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; checks &amp; secure <mark>hosting</mark>.",
            Assert.Single(result.Items).Highlight);
    }

    [Fact]
    public async Task The_highlight_falls_back_to_the_name_when_the_description_has_no_match()
    {
        await using var index = await TempSupplierIndex.WithFixturesAsync();

        var result = await index.Search.SearchAsync(SupplierFixtures.Public("Brightline"), CancellationToken.None);

        Assert.Equal("<mark>Brightline</mark> Construction plc", Assert.Single(result.Items).Highlight);
    }

    [Fact]
    public async Task A_match_in_the_name_ranks_above_a_match_only_in_the_cpv_labels()
    {
        await using var index = await TempSupplierIndex.WithFixturesAsync();

        var ids = await index.IdsAsync(TempSupplierIndex.Admin("road"));

        Assert.Equal([SupplierFixtures.Keystone.Id, SupplierFixtures.Brightline.Id], ids);
    }

    [Fact]
    public async Task A_long_description_is_cut_to_a_short_extract_around_the_match()
    {
        var filler = string.Concat(Enumerable.Repeat("general building services ", 12));
        var wordy = SupplierFixtures.Clearview with { Id = Guid.NewGuid(), Description = filler + "and asbestos removal " + filler };
        await using var index = await TempSupplierIndex.WithAsync([wordy]);

        var result = await index.Search.SearchAsync(SupplierFixtures.Public("asbestos"), CancellationToken.None);

        var highlight = Assert.Single(result.Items).Highlight!;
        Assert.Matches(@"^….{0,60}<mark>asbestos</mark>.{0,120}…$", highlight);
    }

    [Fact]
    public async Task There_is_no_highlight_without_a_text_query()
    {
        await using var index = await TempSupplierIndex.WithFixturesAsync();

        var result = await index.Search.SearchAsync(SupplierFixtures.Public(), CancellationToken.None);

        Assert.All(result.Items, hit => Assert.Null(hit.Highlight));
    }

    [Fact]
    public async Task A_hit_carries_the_legal_name_region_and_cpv_codes()
    {
        await using var index = await TempSupplierIndex.WithFixturesAsync();

        var result = await index.Search.SearchAsync(SupplierFixtures.Public("Brightline"), CancellationToken.None);

        var hit = Assert.Single(result.Items);
        var expected = SupplierFixtures.Brightline;
        Assert.Equal(expected.LegalName, hit.Name);
        Assert.Equal(expected.Region, hit.Region);
        Assert.Equal(expected.CpvCodes, hit.CpvCodes);
    }

    [Fact]
    public async Task Suspended_suppliers_are_found_when_their_status_is_asked_for()
    {
        await using var index = await TempSupplierIndex.WithFixturesAsync();

        var ids = await index.IdsAsync(SupplierFixtures.Public("Keystone") with { Statuses = [VerificationStatus.Suspended] });

        Assert.Equal(SupplierFixtures.Keystone.Id, Assert.Single(ids));
    }
}
