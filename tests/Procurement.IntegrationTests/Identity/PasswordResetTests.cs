using Procurement.Domain.Identity;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Identity;

public sealed class PasswordResetTests(AppFixture fixture)
{
    [Fact]
    public async Task A_reset_link_by_email_sets_a_new_password_that_then_works()
    {
        var email = await fixture.App.CreateConfirmedUserAsync(Roles.Supplier);
        using var session = new WebSession(fixture.App);

        var sent = await session.SubmitAsync("/account/forgot-password", "/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });
        Assert.Contains("Check your e-mail", sent.Text, StringComparison.Ordinal);

        var link = Mailbox.LinkTo(Mailbox.LatestTo(fixture.App, email), "/account/reset-password");
        var changed = await session.SubmitAsync(link, "/account/reset-password", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Token"] = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + link).Query)["token"]!,
            ["Password"] = "a brand new long password",
            ["ConfirmPassword"] = "a brand new long password",
        });

        Assert.Contains("Your password has been changed", changed.Text, StringComparison.Ordinal);
        Assert.Equal("/account/sign-in", (await session.SignInAsync(email)).Path);
        Assert.Equal("/dashboard", (await session.SignInAsync(email, "a brand new long password")).Path);
    }

    [Fact]
    public async Task Asking_for_an_unknown_address_says_the_same_and_sends_nothing()
    {
        var email = $"nobody-{Guid.NewGuid():N}@procurement.test";
        using var session = new WebSession(fixture.App);

        var page = await session.SubmitAsync("/account/forgot-password", "/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });

        Assert.Contains("Check your e-mail", page.Text, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => Mailbox.LatestTo(fixture.App, email));
    }

    [Fact]
    public async Task A_forged_reset_token_is_refused()
    {
        var email = await fixture.App.CreateConfirmedUserAsync(Roles.Supplier);
        using var session = new WebSession(fixture.App);

        var page = await session.SubmitAsync($"/account/reset-password?email={Uri.EscapeDataString(email)}&token=forged", "/account/reset-password",
            new Dictionary<string, string> { ["Email"] = email, ["Token"] = "forged", ["Password"] = "another long password", ["ConfirmPassword"] = "another long password" });

        Assert.Contains("This reset link is not valid or has expired", page.Text, StringComparison.Ordinal);
    }
}
