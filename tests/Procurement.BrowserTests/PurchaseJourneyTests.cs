using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Procurement.BrowserTests;

/// <summary>
/// The catalog purchase end to end, each person in their own browser: the buyer searches (with a typo), orders above
/// the approval threshold, the approver approves, the supplier accepts and ships, and the buyer confirms delivery.
/// </summary>
// One demo buyer, one cart: the tests that fill it must not run at the same time.
[Collection("The demo buyer's cart")]
public sealed partial class PurchaseJourneyTests(BrowserFixture fixture)
{
    private const string Laptop = "14-inch business laptop, Core i5, 16 GB, 512 GB SSD";

    [Fact]
    public async Task A_buyer_orders_from_the_catalog_an_approver_approves_the_supplier_ships_and_the_buyer_confirms()
    {
        var buyer = await fixture.NewPageAsync();
        await buyer.SignInAsync("buyer@procurement.test");
        await buyer.GotoAsync("/catalog");
        await buyer.GetByLabel("Search", new() { Exact = true }).FillAsync("laptp");
        await buyer.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        var card = buyer.Locator("li.usa-card", new() { Has = buyer.GetByRole(AriaRole.Heading, new() { Name = Laptop }) });
        await card.GetByLabel("Quantity").FillAsync("7"); // GBP 5,943.00: above the GBP 5,000 threshold
        await card.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Add to cart") }).ClickAsync();
        await buyer.WaitForURLAsync("**/cart");
        await buyer.GetByLabel("Delivery address").FillAsync("IT Services, County Hall, Northshire NS1 2AB");
        await buyer.GetByLabel("Cost centre").FillAsync("NCC-IT-3301");
        await buyer.GetByRole(AriaRole.Button, new() { NameRegex = SubmitButton() }).ClickAsync();
        await buyer.WaitForURLAsync("**/orders");
        var orderLink = buyer.Locator("table a.usa-link").First;
        var orderPath = await orderLink.GetAttributeAsync("href") ?? throw new InvalidOperationException("The new order has no link.");
        await orderLink.ClickAsync();
        await ExpectStateAsync(buyer, "Awaiting approval");

        var approver = await fixture.NewPageAsync();
        await approver.SignInAsync("approver@procurement.test");
        await approver.GotoAsync(orderPath);
        await approver.GetByRole(AriaRole.Button, new() { Name = "Approve the order" }).ClickAsync();
        await ExpectStateAsync(approver, "With the supplier");

        var supplier = await fixture.NewPageAsync();
        await supplier.SignInAsync("tenders@clearview.procurement.test");
        await supplier.GotoAsync(orderPath);
        await supplier.GetByRole(AriaRole.Button, new() { Name = "Accept the order" }).ClickAsync();
        await supplier.GetByLabel("Shipping note (optional)").FillAsync("Courier DX, tracking 4417 2290");
        await supplier.GetByRole(AriaRole.Button, new() { Name = "Mark shipped" }).ClickAsync();
        await ExpectStateAsync(supplier, "Shipped");

        await buyer.ReloadAsync();
        await buyer.GetByLabel(new Regex($"^Line 1, {Regex.Escape(Laptop)}")).FillAsync("7");
        await buyer.GetByRole(AriaRole.Button, new() { Name = "Confirm delivery" }).ClickAsync();
        await ExpectStateAsync(buyer, "Delivered");
        var history = await buyer.Locator("main").InnerTextAsync();
        Assert.Contains("Courier DX, tracking 4417 2290", history, StringComparison.Ordinal);
        Assert.Contains("GBP 5,943.00", history, StringComparison.Ordinal);

        foreach (var page in new[] { buyer, approver, supplier })
        {
            await page.Context.CloseAsync();
        }
    }

    private static Task ExpectStateAsync(IPage page, string state) =>
        Assertions.Expect(page.Locator("dt:text-is('State') + dd")).ToHaveTextAsync(state);

    [GeneratedRegex("^Submit")]
    private static partial Regex SubmitButton();
}
