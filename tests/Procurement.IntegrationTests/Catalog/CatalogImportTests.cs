using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Catalog;

public sealed class CatalogImportTests(AppFixture fixture)
{
    private const string Header = "sku,name,description,cpv_code,unit_code,unit_price,currency,minimum_order_quantity,lead_time_days,status";

    [Fact]
    public async Task Imports_5000_rows_writing_the_4950_valid_ones_and_reporting_exactly_the_50_bad_rows_by_row_and_column()
    {
        var (session, supplierId) = await fixture.App.SignedInSupplierAsync(name: "Bulk Import Ltd");
        var (csv, expectedErrors) = FiveThousandRowsWithFiftyBad();

        var importId = await session.UploadImportAsync(csv);
        var status = await session.WaitForImportAsync(importId, TimeSpan.FromSeconds(60));

        Assert.Equal("Completed", status.GetProperty("status").GetString());
        Assert.Equal(4_950, status.GetProperty("created").GetInt32());
        Assert.Equal(0, status.GetProperty("updated").GetInt32());
        Assert.Equal(50, status.GetProperty("invalidRows").GetInt32());
        var reported = status.GetProperty("errors").EnumerateArray()
            .Select(e => (Row: e.GetProperty("row").GetInt32(), Field: e.GetProperty("field").GetString()!)).ToList();
        Assert.Equal(expectedErrors.OrderBy(e => e.Row), reported);
        Assert.Equal(4_950, await fixture.App.WithDbAsync(db => db.CatalogItems.CountAsync(i => i.SupplierId == supplierId)));
    }

    [Fact]
    public async Task A_reimport_updates_the_items_with_the_same_skus_instead_of_adding_them_again()
    {
        var (session, supplierId) = await fixture.App.SignedInSupplierAsync(name: "Reimport Ltd");
        var first = await session.WaitForImportAsync(await session.UploadImportAsync(Csv(Enumerable.Range(1, 20).Select(i => Row($"RE-{i}", 10m)))), TimeSpan.FromSeconds(30));
        Assert.Equal(20, first.GetProperty("created").GetInt32());

        var again = Csv(Enumerable.Range(1, 20).Select(i => Row($"RE-{i}", 12.5m)).Append(Row("RE-NEW", 3m)));
        var second = await session.WaitForImportAsync(await session.UploadImportAsync(again), TimeSpan.FromSeconds(30));

        Assert.Equal(1, second.GetProperty("created").GetInt32());
        Assert.Equal(20, second.GetProperty("updated").GetInt32());
        var prices = await fixture.App.WithDbAsync(db => db.CatalogItems.Where(i => i.SupplierId == supplierId).Select(i => new { i.Sku, i.UnitPriceAmount }).ToListAsync());
        Assert.Equal(21, prices.Count);
        Assert.All(prices.Where(p => p.Sku != "RE-NEW"), p => Assert.Equal(12.5m, p.UnitPriceAmount));
    }

    [Fact]
    public async Task A_file_without_the_required_columns_is_refused_whole_and_writes_nothing()
    {
        var (session, supplierId) = await fixture.App.SignedInSupplierAsync(name: "Wrong Header Ltd");
        var status = await session.WaitForImportAsync(await session.UploadImportAsync("sku,title\r\nA-1,Paper\r\n"), TimeSpan.FromSeconds(30));

        Assert.Equal("Failed", status.GetProperty("status").GetString());
        Assert.Contains("cpv_code", status.GetProperty("failureReason").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await fixture.App.WithDbAsync(db => db.CatalogItems.CountAsync(i => i.SupplierId == supplierId)));
    }

    [Fact]
    public async Task The_status_of_another_suppliers_import_is_a_problem_details_404()
    {
        var (owner, _) = await fixture.App.SignedInSupplierAsync(name: "Owner Ltd");
        var importId = await owner.UploadImportAsync(Csv([Row("OWN-1", 1m)]));
        var (other, _) = await fixture.App.SignedInSupplierAsync(name: "Nosy Ltd");

        using var response = await other.GetRawAsync($"/my-catalog/import/{importId}/status");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_template_has_the_header_and_an_example_row_that_imports()
    {
        var (session, supplierId) = await fixture.App.SignedInSupplierAsync(name: "Template Ltd");
        using var template = await session.GetRawAsync("/my-catalog/import/template.csv");
        var text = await template.Content.ReadAsStringAsync();
        Assert.StartsWith(Header, text, StringComparison.Ordinal);

        var status = await session.WaitForImportAsync(await session.UploadImportAsync(text), TimeSpan.FromSeconds(30));

        Assert.Equal(1, status.GetProperty("created").GetInt32());
        Assert.Equal(1, await fixture.App.WithDbAsync(db => db.CatalogItems.CountAsync(i => i.SupplierId == supplierId)));
    }

    private static (string Csv, List<(int Row, string Field)> Errors) FiveThousandRowsWithFiftyBad()
    {
        var rows = new List<string>();
        var errors = new List<(int Row, string Field)>();
        for (var i = 0; i < 5_000; i++)
        {
            var row = i + 2;
            var sku = $"BULK-{i:D5}";
            // Quotes, commas and a line break inside quotes: the parser must keep them in one field.
            var description = i % 7 == 0 ? "\"Box of 5, \"\"premium\"\"\r\nsecond line\"" : "Plain description";
            var (cpv, unit, price, name) = ("30197630-1", "RM", "3.85", $"Paper {i}");
            if (i % 100 == 13)
            {
                (string Field, Action Apply)[] faults =
                [
                    ("cpv_code", () => cpv = "3019763"),
                    ("cpv_code", () => cpv = "12345678-9"),
                    ("unit_price", () => price = "-1"),
                    ("unit_code", () => unit = "ZZZ"),
                    ("name", () => name = string.Empty),
                ];
                var fault = faults[i / 100 % faults.Length];
                fault.Apply();
                errors.Add((row, fault.Field));
            }

            rows.Add($"{sku},{name},{description},{cpv},{unit},{price},GBP,5,2,Active");
        }

        return (Csv(rows), errors);
    }

    private static string Row(string sku, decimal price) => $"{sku},Toner {sku},,30125100-2,H87,{price.ToString(System.Globalization.CultureInfo.InvariantCulture)},GBP,1,3,";

    private static string Csv(IEnumerable<string> rows) => new StringBuilder(Header).Append("\r\n").AppendJoin("\r\n", rows).Append("\r\n").ToString();
}
