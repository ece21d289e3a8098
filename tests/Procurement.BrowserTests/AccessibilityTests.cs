using Deque.AxeCore.Playwright;

namespace Procurement.BrowserTests;

/// <summary>axe-core (WCAG 2.1 A and AA rules) finds nothing serious or critical on the public pages.</summary>
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/account/sign-in")]
    [InlineData("/account/register")]
    [InlineData("/account/forgot-password")]
    [InlineData("/tenders")]
    [InlineData("/suppliers")]
    [InlineData("/suppliers?q=bakery&region=London")]
    [InlineData("/awards")]
    [InlineData("/contracts")]
    [InlineData("/statistics")]
    [InlineData("/open-data")]
    public async Task Page_has_no_serious_or_critical_accessibility_violations(string path)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(path);

        var results = await page.RunAxe();

        var serious = results.Violations
            .Where(violation => violation.Impact is "serious" or "critical")
            .Select(violation => $"{violation.Id} ({violation.Impact}): {violation.Help} at {string.Join(", ", violation.Nodes.Select(node => node.Target?.ToString()))}")
            .ToList();
        Assert.True(serious.Count == 0, $"{path} has accessibility violations:\n{string.Join('\n', serious)}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_people_page_an_auditor_opens_has_no_serious_violations()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync("auditor@procurement.test");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "People" }).ClickAsync();
        await page.WaitForURLAsync("**/people");

        var results = await page.RunAxe();

        Assert.DoesNotContain(results.Violations, violation => violation.Impact is "serious" or "critical");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_audit_log_an_auditor_opens_verifies_and_filters_with_the_keyboard_has_no_serious_violations()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync("auditor@procurement.test");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Audit log" }).ClickAsync();
        await page.WaitForURLAsync("**/audit");
        Assert.DoesNotContain((await page.RunAxe()).Violations, violation => violation.Impact is "serious" or "critical");

        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Verify the chain" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Name = "The chain is intact" }).WaitForAsync();
        Assert.DoesNotContain((await page.RunAxe()).Violations, violation => violation.Impact is "serious" or "critical");

        await page.GetByLabel("Who").FillAsync("nobody@procurement.test");
        await page.GetByLabel("Who").PressAsync("Enter");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Alert).WaitForAsync();
        Assert.Equal("true", await page.GetByLabel("Who").GetAttributeAsync("aria-invalid"));
        Assert.DoesNotContain((await page.RunAxe()).Violations, violation => violation.Impact is "serious" or "critical");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_officer_verification_pages_have_no_serious_violations()
    {
        var page = await fixture.NewPageAsync();
        await page.SignInAsync("officer@procurement.test", withAuthenticatorCode: true);
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Verification" }).ClickAsync();
        await page.WaitForURLAsync("**/verification");
        Assert.DoesNotContain((await page.RunAxe()).Violations, violation => violation.Impact is "serious" or "critical");

        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Summit Cleaning Services" }).ClickAsync();
        await page.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Name = "Summit Cleaning Services", Level = 1 }).WaitForAsync();
        Assert.DoesNotContain((await page.RunAxe()).Violations, violation => violation.Impact is "serious" or "critical");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Form_errors_are_announced_and_the_fields_are_marked_invalid()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/account/register");

        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        Assert.True(await page.GetByRole(Microsoft.Playwright.AriaRole.Alert).IsVisibleAsync());
        Assert.Equal("true", await page.GetByLabel("Your full name").GetAttributeAsync("aria-invalid"));
        var results = await page.RunAxe();
        Assert.DoesNotContain(results.Violations, violation => violation.Impact is "serious" or "critical");
        await page.Context.CloseAsync();
    }
}
