using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Procurement.Domain.Suppliers;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Search;

public sealed class SupplierDirectoryTests(AppFixture fixture)
{
    [Fact]
    public async Task A_misspelt_name_finds_the_intended_supplier()
    {
        await IndexedAsync();
        using var session = new WebSession(fixture.App);

        var page = await session.GetAsync("/suppliers?q=nortwind");

        Assert.Contains("Northwind Medical Supplies Ltd", page.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Summit Cleaning Services")]
    [InlineData("Keystone Engineering Consultants")]
    public async Task Suppliers_that_are_not_verified_never_appear_publicly(string name)
    {
        await IndexedAsync();
        var supplierId = await fixture.App.WithDbAsync(db => db.Suppliers.Where(s => s.LegalName == name).Select(s => s.Id).SingleAsync());
        using var session = new WebSession(fixture.App);

        Assert.DoesNotContain(name, (await session.GetAsync($"/suppliers?q={Uri.EscapeDataString(name)}")).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync($"/suppliers/{supplierId}")).Status);
    }

    [Fact]
    public async Task A_CPV_division_filter_returns_exactly_the_verified_suppliers_in_that_division()
    {
        await IndexedAsync();
        var expected = await fixture.App.WithDbAsync(db => db.Database
            .SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM suppliers WHERE status = 'Verified' AND EXISTS (SELECT 1 FROM unnest(cpv_codes) AS code WHERE code LIKE '45%')")
            .SingleAsync());

        var json = await GetJsonAsync("/api/suppliers?cpv=45&pageSize=100");

        Assert.True(expected > 1, "The demo data should have several construction suppliers.");
        Assert.Equal(expected, json.GetProperty("total").GetInt32());
        Assert.All(json.GetProperty("items").EnumerateArray(), item =>
            Assert.Contains(item.GetProperty("cpv").EnumerateArray(), code => code.GetString()!.StartsWith("45", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Region_facet_counts_equal_the_database_counts()
    {
        await IndexedAsync();
        var expected = await fixture.App.WithDbAsync(db => db.Suppliers.Where(s => s.Status == VerificationStatus.Verified)
            .GroupBy(s => s.Region).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(r => r.Key, r => (long)r.Count));

        var json = await GetJsonAsync("/api/suppliers");
        var facets = json.GetProperty("facets").GetProperty("regions").EnumerateArray()
            .ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt64());

        Assert.Equal(expected.OrderBy(p => p.Key), facets.OrderBy(p => p.Key));
    }

    [Fact]
    public async Task The_JSON_search_answers_total_items_with_highlights_and_facets()
    {
        await IndexedAsync();

        var json = await GetJsonAsync("/api/suppliers?q=bakery&region=London");

        var item = json.GetProperty("items").EnumerateArray().First();
        Assert.True(json.GetProperty("total").GetInt32() >= 1);
        Assert.Equal("London", item.GetProperty("region").GetString());
        Assert.Contains("<mark>", item.GetProperty("highlight").GetString(), StringComparison.Ordinal);
        Assert.True(json.GetProperty("facets").GetProperty("cpvDivisions").GetArrayLength() >= 1);
    }

    [Fact]
    public async Task Invalid_search_parameters_get_problem_details_naming_each_one()
    {
        using var client = fixture.App.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/suppliers?cpv=4x&pageSize=1000&size=huge", UriKind.Relative));
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = problem.GetProperty("errors");
        Assert.Contains("give 2 to 8 digits", errors.GetProperty("cpv")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("1 to 100", errors.GetProperty("pageSize")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("size", out _));
    }

    [Fact]
    public async Task Paging_deeper_than_ten_thousand_results_is_refused_with_advice()
    {
        using var client = fixture.App.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/suppliers?page=501&pageSize=20", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("add words or filters", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggestions_complete_a_name_as_it_is_typed()
    {
        await IndexedAsync();

        using var client = fixture.App.CreateClient();
        var suggestions = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/suppliers/suggest?q=clearv", UriKind.Relative))).RootElement;

        Assert.Contains(suggestions.EnumerateArray(), s => s.GetProperty("name").GetString() == "Clearview IT Services Ltd");
    }

    [Fact]
    public async Task A_verified_supplier_has_a_public_profile_with_its_categories()
    {
        await IndexedAsync();
        var id = await fixture.App.WithDbAsync(db => db.Suppliers.Where(s => s.LegalName == "Brightline Construction plc").Select(s => s.Id).SingleAsync());
        using var session = new WebSession(fixture.App);

        var profile = await session.GetAsync($"/suppliers/{id}");

        Assert.Contains("Road construction works", profile.Text, StringComparison.Ordinal);
        Assert.Contains("Verified", profile.Text, StringComparison.Ordinal);
    }

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var client = fixture.App.CreateClient();
        return JsonDocument.Parse(await client.GetStringAsync(new Uri(path, UriKind.Relative))).RootElement;
    }

    /// <summary>The index worker drains the outbox in the background; wait until it has caught up with the seeding.</summary>
    private async Task IndexedAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await fixture.App.WithDbAsync(db => db.SearchOutbox.AnyAsync()))
        {
            Assert.True(DateTime.UtcNow < deadline, "The search index worker did not drain the outbox within 30 seconds.");
            await Task.Delay(100);
        }
    }
}
