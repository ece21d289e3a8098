using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Procurement.Domain.Catalog;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Catalog;

public sealed class CatalogItemPagesTests(AppFixture fixture)
{
    private static readonly byte[] _png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1];

    [Fact]
    public async Task A_verified_supplier_lists_an_item_and_the_change_is_audited()
    {
        var (session, supplierId) = await fixture.App.SignedInSupplierAsync(name: "Listing Ltd");

        var page = await session.SubmitAsync("/my-catalog/new", "/my-catalog/new", Form("LIST-1", "A4 copier paper, 80 gsm"));

        Assert.Contains("The item was added", page.Html, StringComparison.Ordinal);
        var item = await fixture.App.WithDbAsync(db => db.CatalogItems.SingleAsync(i => i.SupplierId == supplierId));
        Assert.Equal(("LIST-1", CatalogItemStatus.Active, 3.85m, "RM"), (item.Sku, item.Status, item.UnitPriceAmount, item.UnitCode));
        Assert.True(await fixture.App.WithDbAsync(db => db.AuditLog.AnyAsync(e => e.Subject == $"catalog_item:{item.Id:D}" && e.Action == "catalog.item_created")));
        Assert.Contains("A4 copier paper, 80 gsm", (await session.GetAsync("/my-catalog")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unverified_supplier_cannot_list_items()
    {
        var (session, supplierId) = await fixture.App.SignedInSupplierAsync(verified: false, name: "Not Yet Verified Ltd");

        var page = await session.SubmitAsync("/my-catalog/new", "/my-catalog/new", Form("NV-1", "Paper"));

        Assert.Contains("Only a verified supplier can list catalog items", page.Html, StringComparison.Ordinal);
        Assert.False(await fixture.App.WithDbAsync(db => db.CatalogItems.AnyAsync(i => i.SupplierId == supplierId)));
    }

    [Fact]
    public async Task Refuses_an_unknown_cpv_code_and_a_repeated_sku_by_field()
    {
        var (session, _) = await fixture.App.SignedInSupplierAsync(name: "Careful Ltd");
        await session.SubmitAsync("/my-catalog/new", "/my-catalog/new", Form("DUP-1", "Paper"));

        var page = await session.SubmitAsync("/my-catalog/new", "/my-catalog/new", Form("DUP-1", "Paper again", cpv: "12345678-9"));

        Assert.Contains("12345678-9 is not in the CPV 2008 vocabulary", page.Html, StringComparison.Ordinal);
        Assert.Contains("You already have an item with the SKU DUP-1", page.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Form_Sku\"", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_file_renamed_to_png_is_refused_and_a_real_png_is_stored_and_served()
    {
        var (session, supplierId) = await fixture.App.SignedInSupplierAsync(name: "Pictures Ltd");
        await session.SubmitAsync("/my-catalog/new", "/my-catalog/new", Form("PIC-1", "Toner"));
        var itemId = await fixture.App.WithDbAsync(db => db.CatalogItems.Where(i => i.SupplierId == supplierId).Select(i => i.Id).SingleAsync());
        var edit = $"/my-catalog/{itemId}/edit";

        var refused = await session.UploadAsync(edit, $"/my-catalog/{itemId}/images", new Dictionary<string, string>(), "image", "photo.png", "image/png", Encoding.UTF8.GetBytes("just some text"));
        Assert.Contains("must be a PNG, JPEG or WebP image", refused.Html, StringComparison.Ordinal);

        await session.UploadAsync(edit, $"/my-catalog/{itemId}/images", new Dictionary<string, string>(), "image", "toner.png", "image/png", _png);
        var item = await fixture.App.WithDbAsync(db => db.CatalogItems.SingleAsync(i => i.Id == itemId));
        var image = Assert.Single(item.Images);
        using var served = await session.GetRawAsync($"/catalog/items/{itemId}/images/{image.Id}");
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(_png, await served.Content.ReadAsByteArrayAsync());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(_png)), image.Sha256);
    }

    [Fact]
    public async Task Withdrawing_an_item_is_audited_and_another_suppliers_item_is_not_found()
    {
        var (session, supplierId) = await fixture.App.SignedInSupplierAsync(name: "Withdrawing Ltd");
        await session.SubmitAsync("/my-catalog/new", "/my-catalog/new", Form("WD-1", "Gloves"));
        var itemId = await fixture.App.WithDbAsync(db => db.CatalogItems.Where(i => i.SupplierId == supplierId).Select(i => i.Id).SingleAsync());
        var (other, _) = await fixture.App.SignedInSupplierAsync(name: "Other Seller Ltd");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/my-catalog/{itemId}/edit")).Status);
        var page = await session.SubmitAsync("/my-catalog", $"/my-catalog/{itemId}/withdraw", new Dictionary<string, string>());

        Assert.Contains("The item was withdrawn", page.Html, StringComparison.Ordinal);
        Assert.True(await fixture.App.WithDbAsync(db => db.AuditLog.AnyAsync(e => e.Subject == $"catalog_item:{itemId:D}" && e.Action == "catalog.item_withdrawn")));
    }

    private static Dictionary<string, string> Form(string sku, string name, string cpv = "30197630-1") => new()
    {
        ["Form.Sku"] = sku,
        ["Form.Name"] = name,
        ["Form.Description"] = "500 sheets a ream",
        ["Form.CpvCode"] = cpv,
        ["Form.UnitCode"] = "RM",
        ["Form.UnitPrice"] = "3.85",
        ["Form.Currency"] = "GBP",
        ["Form.MinimumOrderQuantity"] = "5",
        ["Form.LeadTimeDays"] = "2",
        ["Form.Activate"] = "true",
    };
}
