using Procurement.Infrastructure.Demo;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Identity;

public sealed class SignInTests(AppFixture fixture)
{
    [Fact]
    public async Task Demo_officer_signs_in_with_password_and_authenticator_code()
    {
        using var session = new WebSession(fixture.App);

        var codePage = await session.SignInAsync(TestAccounts.DemoOfficer);
        Assert.StartsWith("/account/sign-in/two-factor", codePage.Path, StringComparison.Ordinal);

        var dashboard = await session.EnterCodeAsync(AuthenticatorApp.CurrentCode(DemoOptions.TotpSecret));

        Assert.Equal("/dashboard", dashboard.Path);
        Assert.Contains("Welcome, Olivia Okafor", dashboard.Text, StringComparison.Ordinal);
        Assert.Contains("Department of Health and Social Care", dashboard.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_authenticator_code_is_refused_with_a_message()
    {
        using var session = new WebSession(fixture.App);
        await session.SignInAsync(TestAccounts.DemoOfficer);
        var wrong = AuthenticatorApp.CurrentCode(DemoOptions.TotpSecret) == "000000" ? "111111" : "000000";

        var page = await session.EnterCodeAsync(wrong);

        Assert.StartsWith("/account/sign-in/two-factor", page.Path, StringComparison.Ordinal);
        Assert.Contains("That code is not right", page.Text, StringComparison.Ordinal);
        Assert.Equal("/account/sign-in?ReturnUrl=%2Fdashboard", (await session.GetAsync("/dashboard", followRedirects: false)).Location);
    }

    [Fact]
    public async Task Supplier_signs_in_with_password_alone_and_sees_the_company()
    {
        using var session = new WebSession(fixture.App);

        var dashboard = await session.SignInAsync(TestAccounts.DemoSupplier);

        Assert.Equal("/dashboard", dashboard.Path);
        Assert.Contains("Northwind Medical Supplies Ltd", dashboard.Text, StringComparison.Ordinal);
        Assert.Contains("Verified", dashboard.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_keeps_the_email_and_says_what_went_wrong()
    {
        using var session = new WebSession(fixture.App);

        var page = await session.SignInAsync(TestAccounts.DemoSupplier, "not-the-password");

        Assert.Equal("/account/sign-in", page.Path);
        Assert.Contains("The e-mail address or password is not right", page.Text, StringComparison.Ordinal);
        Assert.Contains($"value=\"{TestAccounts.DemoSupplier}\"", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var session = new WebSession(fixture.App);
        await session.SignInAsync(TestAccounts.DemoSupplier);

        await session.SubmitAsync("/dashboard", "/account/sign-out", new Dictionary<string, string>());

        Assert.StartsWith("/account/sign-in", (await session.GetAsync("/dashboard", followRedirects: false)).Location, StringComparison.Ordinal);
    }
}
