using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Procurement.Infrastructure.Demo;

namespace Procurement.BrowserTests;

public sealed class SupplierJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_supplier_signs_in_from_the_home_page_and_sees_the_dashboard()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.GetByLabel("E-mail address").FillAsync("supplier@procurement.test");
        await page.GetByLabel("Password").FillAsync(DemoOptions.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.WaitForURLAsync("**/dashboard");
        Assert.Equal("Welcome, Sam Carter", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        Assert.Contains("Northwind Medical Supplies Ltd", await page.Locator("main").TextContentAsync() ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain((await page.RunAxe()).Violations, violation => violation.Impact is "serious" or "critical");

        await page.GetByRole(AriaRole.Link, new() { Name = "My company" }).ClickAsync();
        await page.WaitForURLAsync("**/my-company");
        Assert.DoesNotContain((await page.RunAxe()).Violations, violation => violation.Impact is "serious" or "critical");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_first_tab_from_the_top_of_a_page_reaches_the_skip_link()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");

        Assert.Equal("Skip to main content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#main-content", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
