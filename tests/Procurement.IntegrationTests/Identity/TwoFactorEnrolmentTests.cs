using System.Text.RegularExpressions;
using Procurement.Domain.Identity;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Identity;

public sealed partial class TwoFactorEnrolmentTests(AppFixture fixture)
{
    [Theory]
    [InlineData(Roles.Officer)]
    [InlineData(Roles.Evaluator)]
    [InlineData(Roles.Admin)]
    public async Task Staff_who_must_use_two_factor_enrol_before_anything_else(string role)
    {
        var email = await fixture.App.CreateConfirmedUserAsync(role);
        using var session = new WebSession(fixture.App);

        var enrolPage = await session.SignInAsync(email);
        Assert.Equal("/account/two-factor/enrol", enrolPage.Path);
        Assert.Equal("/account/two-factor/enrol", (await session.GetAsync("/dashboard", followRedirects: false)).Location);
        Assert.Contains("<svg", enrolPage.Html, StringComparison.Ordinal);

        var key = SharedKey().Match(enrolPage.Html).Groups[1].Value;
        var codes = await session.SubmitAsync("/account/two-factor/enrol", "/account/two-factor/enrol",
            new Dictionary<string, string> { ["Code"] = AuthenticatorApp.CurrentCode(key) });

        Assert.Contains("Save these recovery codes now", codes.Text, StringComparison.Ordinal);
        Assert.Equal("/dashboard", (await session.GetAsync("/dashboard")).Path);
    }

    [Fact]
    public async Task Enrolled_staff_then_need_a_code_at_every_sign_in()
    {
        var email = await fixture.App.CreateConfirmedUserAsync(Roles.Officer);
        string key;
        using (var first = new WebSession(fixture.App))
        {
            key = SharedKey().Match((await first.SignInAsync(email)).Html).Groups[1].Value;
            await first.SubmitAsync("/account/two-factor/enrol", "/account/two-factor/enrol",
                new Dictionary<string, string> { ["Code"] = AuthenticatorApp.CurrentCode(key) });
        }

        using var second = new WebSession(fixture.App);
        var afterPassword = await second.SignInAsync(email);

        Assert.StartsWith("/account/sign-in/two-factor", afterPassword.Path, StringComparison.Ordinal);
        Assert.Equal("/dashboard", (await second.EnterCodeAsync(AuthenticatorApp.CurrentCode(key))).Path);
    }

    [Fact]
    public async Task Buyers_are_not_forced_to_enrol()
    {
        var email = await fixture.App.CreateConfirmedUserAsync(Roles.Buyer);
        using var session = new WebSession(fixture.App);

        Assert.Equal("/dashboard", (await session.SignInAsync(email)).Path);
    }

    [GeneratedRegex("id=\"shared-key\">([a-z0-9 ]+)<")]
    private static partial Regex SharedKey();
}
