using System.Text.RegularExpressions;
using Procurement.Domain.Identity;
using Procurement.Infrastructure.Demo;
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
    public async Task Once_enrolled_the_key_is_not_shown_again()
    {
        var (session, _) = await EnrolledOfficerAsync();
        using (session)
        {
            var page = await session.GetAsync("/account/two-factor/enrol");

            Assert.Contains("Two-factor sign-in is on", page.Text, StringComparison.Ordinal);
            Assert.DoesNotMatch(SharedKey(), page.Html);
        }
    }

    [Fact]
    public async Task Replacing_the_authenticator_makes_the_old_key_useless()
    {
        var (session, email, oldKey) = await EnrolledOfficerWithEmailAsync();
        using (session)
        {
            var enrolAgain = await session.SubmitAsync("/account/two-factor/enrol", "/account/two-factor/manage",
                new Dictionary<string, string> { ["Action"] = "new-authenticator", ["CurrentPassword"] = DemoOptions.Password });
            Assert.Equal("/account/two-factor/enrol", enrolAgain.Path);
            var newKey = SharedKey().Match(enrolAgain.Html).Groups[1].Value;
            Assert.NotEqual(oldKey, newKey);
            Assert.Equal("/account/two-factor/enrol", (await session.GetAsync("/dashboard", followRedirects: false)).Location);
        }

        using var later = new WebSession(fixture.App);
        Assert.Equal("/account/two-factor/enrol", (await later.SignInAsync(email)).Path);
    }

    [Fact]
    public async Task Replacing_the_authenticator_needs_the_current_password()
    {
        var (session, _) = await EnrolledOfficerAsync();
        using (session)
        {
            var refused = await session.SubmitAsync("/account/two-factor/enrol", "/account/two-factor/manage",
                new Dictionary<string, string> { ["Action"] = "new-authenticator", ["CurrentPassword"] = "not my password" });

            Assert.Contains("That is not your current password", refused.Text, StringComparison.Ordinal);
            Assert.Equal("/dashboard", (await session.GetAsync("/dashboard")).Path);
        }
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var (session, email, _) = await EnrolledOfficerWithEmailAsync();
        string code;
        using (session)
        {
            var codes = await session.SubmitAsync("/account/two-factor/enrol", "/account/two-factor/manage",
                new Dictionary<string, string> { ["Action"] = "new-recovery-codes", ["CurrentPassword"] = DemoOptions.Password });
            code = RecoveryCode().Match(codes.Html).Groups[1].Value;
        }

        using var first = new WebSession(fixture.App);
        await first.SignInAsync(email);
        var signedIn = await first.SubmitAsync("/account/sign-in/recovery-code", "/account/sign-in/recovery-code", new Dictionary<string, string> { ["RecoveryCode"] = code });
        Assert.Equal("/dashboard", signedIn.Path);

        using var second = new WebSession(fixture.App);
        await second.SignInAsync(email);
        var reused = await second.SubmitAsync("/account/sign-in/recovery-code", "/account/sign-in/recovery-code", new Dictionary<string, string> { ["RecoveryCode"] = code });
        Assert.Contains("has been used already", reused.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Buyers_are_not_forced_to_enrol()
    {
        var email = await fixture.App.CreateConfirmedUserAsync(Roles.Buyer);
        using var session = new WebSession(fixture.App);

        Assert.Equal("/dashboard", (await session.SignInAsync(email)).Path);
    }

    private async Task<(WebSession Session, string Key)> EnrolledOfficerAsync()
    {
        var (session, _, key) = await EnrolledOfficerWithEmailAsync();
        return (session, key);
    }

    private async Task<(WebSession Session, string Email, string Key)> EnrolledOfficerWithEmailAsync()
    {
        var email = await fixture.App.CreateConfirmedUserAsync(Roles.Officer);
        var session = new WebSession(fixture.App);
        var key = SharedKey().Match((await session.SignInAsync(email)).Html).Groups[1].Value;
        await session.SubmitAsync("/account/two-factor/enrol", "/account/two-factor/enrol", new Dictionary<string, string> { ["Code"] = AuthenticatorApp.CurrentCode(key) });
        return (session, email, key);
    }

    [GeneratedRegex("<li>([A-Z0-9]{5}-[A-Z0-9]{5})</li>")]
    private static partial Regex RecoveryCode();

    [GeneratedRegex("id=\"shared-key\">([a-z0-9 ]+)<")]
    private static partial Regex SharedKey();
}
