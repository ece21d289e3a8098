using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Procurement.BrowserTests;

/// <summary>The demo buyer orders from the catalog with the keyboard-reachable forms; the order pages pass axe.</summary>
// One demo buyer, one cart: the tests that fill it must not run at the same time.
[Collection("The demo buyer's cart")]
public sealed class OrderJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_demo_buyer_adds_an_item_submits_the_cart_after_fixing_the_errors_and_reads_the_order()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync("buyer@procurement.test");
        await page.GotoAsync("/catalog");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Add to cart") }).First.ClickAsync();
        await page.WaitForURLAsync("**/cart");
        await AssertNoSeriousViolationsAsync(page, "/cart");

        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Submit") }).ClickAsync();
        var summary = page.Locator("#error-summary");
        await summary.WaitForAsync();
        Assert.Contains("Give the delivery address", await summary.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("true", await page.GetByLabel("Delivery address").GetAttributeAsync("aria-invalid"));
        await AssertNoSeriousViolationsAsync(page, "/cart with errors");

        await page.GetByLabel("Delivery address").FillAsync("Central Stores, County Hall, Nottingham NG2 7QP");
        await page.GetByLabel("Cost centre").FillAsync("NCC-FAC-1204");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Submit") }).ClickAsync();
        await page.WaitForURLAsync("**/orders");
        Assert.Contains("Your cart is submitted", await page.GetByRole(AriaRole.Status).First.InnerTextAsync(), StringComparison.Ordinal);
        await AssertNoSeriousViolationsAsync(page, "/orders");

        await page.Locator("table a.usa-link").First.ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "History" }).WaitForAsync();
        await AssertNoSeriousViolationsAsync(page, "the order page");
        await page.GotoAsync("/orders/dashboard");
        await AssertNoSeriousViolationsAsync(page, "/orders/dashboard");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_approval_queue_and_an_order_awaiting_approval_pass_axe()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync("approver@procurement.test");
        await page.GetByRole(AriaRole.Link, new() { Name = "Approvals" }).ClickAsync();
        await page.WaitForURLAsync("**/approvals");
        await AssertNoSeriousViolationsAsync(page, "/approvals");
        await page.Locator("table a.usa-link").First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve the order" }).WaitForAsync();
        await AssertNoSeriousViolationsAsync(page, "an order awaiting approval");
        await page.Context.CloseAsync();
    }

    private static async Task AssertNoSeriousViolationsAsync(IPage page, string what)
    {
        var serious = (await page.RunAxe()).Violations
            .Where(violation => violation.Impact is "serious" or "critical")
            .Select(violation => $"{violation.Id} ({violation.Impact}): {violation.Help} at {string.Join(", ", violation.Nodes.Select(node => node.Target?.ToString()))}")
            .ToList();
        Assert.True(serious.Count == 0, $"{what} has accessibility violations:\n{string.Join('\n', serious)}");
    }
}
