using Procurement.Infrastructure.Demo;
using Procurement.IntegrationTests.Identity;
using Procurement.Testing;

namespace Procurement.IntegrationTests.People;

public sealed class PeopleTests(AppFixture fixture)
{
    [Fact]
    public async Task An_auditor_finds_the_page_in_the_navigation_and_sees_agencies_and_accounts()
    {
        using var session = new WebSession(fixture.App);

        var dashboard = await session.SignInAsync("auditor@procurement.test");
        Assert.Contains("href=\"/people\"", dashboard.Html, StringComparison.Ordinal);
        var page = await session.GetAsync("/people");

        Assert.Contains("Department of Health and Social Care", page.Text, StringComparison.Ordinal);
        Assert.Contains("Northshire County Council", page.Text, StringComparison.Ordinal);
        Assert.Contains("officer@procurement.test", page.Text, StringComparison.Ordinal);
        Assert.Contains("Officer", page.Text, StringComparison.Ordinal);
        Assert.Contains("Two-factor on", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_reaches_it_after_the_second_factor()
    {
        using var session = new WebSession(fixture.App);
        await session.SignInAsync("admin@procurement.test");

        await session.EnterCodeAsync(AuthenticatorApp.CurrentCode(DemoOptions.TotpSecret));

        Assert.Contains("People and organisations", (await session.GetAsync("/people")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_supplier_neither_sees_the_link_nor_opens_the_page()
    {
        using var session = new WebSession(fixture.App);

        var dashboard = await session.SignInAsync(TestAccounts.DemoSupplier);
        var refused = await session.GetAsync("/people");

        Assert.DoesNotContain("href=\"/people\"", dashboard.Html, StringComparison.Ordinal);
        Assert.StartsWith("/account/access-denied", refused.Path, StringComparison.Ordinal);
        Assert.DoesNotContain("officer@procurement.test", refused.Text, StringComparison.Ordinal);
    }
}
