using System.Net;
using Procurement.IntegrationTests.Identity;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Catalog;

/// <summary>The demo buyer of Northshire County Council searching the demo catalog.</summary>
public sealed class BuyerCatalogPageTests(AppFixture fixture)
{
    [Fact]
    public async Task The_demo_buyer_finds_items_under_ncc_frameworks_in_force_with_an_add_to_cart_form_for_each()
    {
        using var buyer = new WebSession(fixture.App);
        await buyer.SignInAsync("buyer@procurement.test");

        var page = await EventuallyAsync(buyer, "/catalog?q=laptop", html => html.Contains("14-inch business laptop", StringComparison.Ordinal));

        Assert.Contains("href=\"/catalog\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("<form method=\"post\" action=\"/cart/items\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("name=\"__RequestVerificationToken\"", page.Html, StringComparison.Ordinal);
        Assert.Matches("<input type=\"hidden\" name=\"itemId\" value=\"[0-9a-f-]{36}\">", page.Html);
        Assert.Matches("<label class=\"usa-label\" for=\"quantity-[0-9a-f]{32}\">Quantity", page.Html);
        Assert.Contains("GBP 849.00", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Items_only_under_the_expired_framework_or_priced_above_their_ceiling_are_not_shown()
    {
        using var buyer = new WebSession(fixture.App);
        await buyer.SignInAsync("buyer@procurement.test");
        await EventuallyAsync(buyer, "/catalog?q=toner", html => html.Contains("HP 26A", StringComparison.Ordinal));

        Assert.DoesNotContain("Brother TN-2420", (await buyer.GetAsync("/catalog?q=toner")).Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Wireless keyboard and mouse", (await buyer.GetAsync("/catalog?q=keyboard")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_supplier_cannot_open_the_buyers_catalog()
    {
        var (supplier, _) = await fixture.App.SignedInSupplierAsync(name: "Curious Seller Ltd");

        var page = await supplier.GetAsync("/catalog", followRedirects: false);

        Assert.NotEqual(HttpStatusCode.OK, page.Status);
    }

    private static async Task<WebSession.Page> EventuallyAsync(WebSession session, string path, Func<string, bool> ready)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var page = await session.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            if (ready(page.Html))
            {
                return page;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{path} did not show the expected items within 20 seconds.");
            await Task.Delay(200);
        }
    }
}
