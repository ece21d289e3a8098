using System.Globalization;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Procurement.BrowserTests;

public sealed class TenderJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_officer_creates_and_publishes_a_tender_and_the_public_page_shows_it()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync("officer@procurement.test", withAuthenticatorCode: true);
        var title = $"Hospital beds {Guid.NewGuid():N}"[..22];

        await CreateAndPublishAsync(page, title, checkAccessibility: true);

        await page.GetByRole(AriaRole.Link, new() { Name = "See the public page" }).ClickAsync();
        await page.WaitForURLAsync("**/tenders/PRC-*");
        Assert.Equal(title, await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        Assert.Contains("closes in", await page.Locator("main").TextContentAsync() ?? string.Empty, StringComparison.Ordinal);
        Assert.NotEmpty(await page.Locator("code.fingerprint").TextContentAsync() ?? string.Empty);
        AssertNoSeriousViolations(await page.RunAxe());

        await page.GotoAsync("/tenders");
        Assert.Contains(title, await page.Locator("main").TextContentAsync() ?? string.Empty, StringComparison.Ordinal);
        AssertNoSeriousViolations(await page.RunAxe());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_officer_amends_a_published_tender_and_the_public_reads_its_versions()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync("officer@procurement.test", withAuthenticatorCode: true);
        var title = $"Ward beds {Guid.NewGuid():N}"[..18];
        await CreateAndPublishAsync(page, title, checkAccessibility: false);

        await page.GetByRole(AriaRole.Link, new() { Name = "Amend the tender" }).ClickAsync();
        await page.WaitForURLAsync("**/amend");
        Assert.True(await page.GetByLabel("This is a material amendment").IsCheckedAsync());
        AssertNoSeriousViolations(await page.RunAxe());

        await page.GetByRole(AriaRole.Button, new() { Name = "Save the amendment" }).Last.ClickAsync();
        await page.GetByText("Summarise what the amendment changes and why").First.WaitForAsync();
        AssertNoSeriousViolations(await page.RunAxe());

        await page.GetByLabel("Description", new() { Exact = true }).FillAsync("Electric hospital beds with pressure-relief mattresses for three trusts.");
        await page.GetByLabel("Summary of the changes").FillAsync("A third trust joins the purchase.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the amendment" }).Last.ClickAsync();
        await page.GetByText("The tender is amended: version 2 is public").WaitForAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "See the public page" }).ClickAsync();
        await page.WaitForURLAsync("**/tenders/PRC-*");
        Assert.Contains("Version 2, last amended", await page.Locator("main").TextContentAsync() ?? string.Empty, StringComparison.Ordinal);
        AssertNoSeriousViolations(await page.RunAxe());

        await page.GetByRole(AriaRole.Link, new() { Name = "Version 1" }).ClickAsync();
        await page.WaitForURLAsync("**/versions/1");
        Assert.Contains("two trusts", await page.Locator("main").TextContentAsync() ?? string.Empty, StringComparison.Ordinal);
        AssertNoSeriousViolations(await page.RunAxe());
        await page.Context.CloseAsync();
    }

    /// <summary>Creates a one-lot tender through the form and publishes it; the officer's tender page is open afterwards.</summary>
    private static async Task CreateAndPublishAsync(IPage page, string title, bool checkAccessibility)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Manage tenders" }).ClickAsync();
        await page.WaitForURLAsync("**/tenders/manage");
        await page.GetByRole(AriaRole.Link, new() { Name = "Create a tender" }).ClickAsync();
        await page.WaitForURLAsync("**/tenders/manage/new");
        AssertAccessibleIf(checkAccessibility, await page.RunAxe());

        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("Description", new() { Exact = true }).FillAsync("Electric hospital beds with pressure-relief mattresses for two trusts.");
        await page.GetByLabel("Clarification deadline (UTC)").FillAsync(DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await page.GetByLabel("Submission deadline (UTC)").FillAsync(DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await page.GetByLabel("Lot title").FillAsync("Electric hospital beds");
        // The picker lists the exact code first; Enter on it chooses it.
        await page.GetByRole(AriaRole.Combobox, new() { Name = "CPV code" }).FocusAsync();
        await page.Keyboard.TypeAsync("33192120-9");
        await page.GetByRole(AriaRole.Option).First.WaitForAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove 33192120-9 Hospital beds" }).WaitForAsync();
        await page.GetByLabel("Quantity").FillAsync("40");
        await page.GetByLabel("Unit", new() { Exact = true }).SelectOptionAsync("H87");
        await page.GetByLabel("Estimated value without tax").FillAsync("180000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the draft" }).Last.ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish now" }).ClickAsync();
        await page.GetByText("The tender is published as").WaitForAsync();
        AssertAccessibleIf(checkAccessibility, await page.RunAxe());
    }

    private static void AssertAccessibleIf(bool check, Deque.AxeCore.Commons.AxeResult result)
    {
        if (check)
        {
            AssertNoSeriousViolations(result);
        }
    }

    private static void AssertNoSeriousViolations(Deque.AxeCore.Commons.AxeResult result) =>
        Assert.DoesNotContain(result.Violations, violation => violation.Impact is "serious" or "critical");
}
