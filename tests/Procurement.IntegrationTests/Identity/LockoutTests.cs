using Procurement.Domain.Identity;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Identity;

public sealed class LockoutTests(AppFixture fixture)
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var email = await fixture.App.CreateConfirmedUserAsync(Roles.Supplier);
        using var session = new WebSession(fixture.App);
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            Assert.Equal("/account/sign-in", (await session.SignInAsync(email, "wrong-password-guess")).Path);
        }

        var fifth = await session.SignInAsync(email, "wrong-password-guess");
        var thenRight = await session.SignInAsync(email);

        Assert.Equal("/account/locked-out", fifth.Path);
        Assert.Equal("/account/locked-out", thenRight.Path);
        Assert.Contains("locked for 15 minutes", thenRight.Text, StringComparison.Ordinal);
    }
}
