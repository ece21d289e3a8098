using Microsoft.EntityFrameworkCore;
using Procurement.Domain.Suppliers;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Identity;

public sealed class RegistrationTests(AppFixture fixture)
{
    private const string Password = "correct horse battery staple";

    [Fact]
    public async Task A_supplier_registers_confirms_the_email_and_signs_in()
    {
        var email = $"new-{Guid.NewGuid():N}@supplier.test";
        using var session = new WebSession(fixture.App);

        var sent = await RegisterAsync(session, email, "Acme Widgets Ltd");
        Assert.Contains("Check your e-mail", sent.Text, StringComparison.Ordinal);
        Assert.Contains(fixture.App.MailDirectory, sent.Text, StringComparison.Ordinal);

        var beforeConfirming = await session.SignInAsync(email, Password);
        Assert.Contains("Confirm your e-mail address before signing in", beforeConfirming.Text, StringComparison.Ordinal);

        var link = Mailbox.LinkTo(Mailbox.LatestTo(fixture.App, email), "/account/confirm-email");
        Assert.Contains("Your e-mail address is confirmed", (await session.GetAsync(link)).Text, StringComparison.Ordinal);

        var dashboard = await session.SignInAsync(email, Password);
        Assert.Equal("/dashboard", dashboard.Path);
        Assert.Contains("Acme Widgets Ltd", dashboard.Text, StringComparison.Ordinal);
        Assert.Contains("Not yet submitted", dashboard.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_fields_are_listed_at_the_top_and_linked_and_the_input_is_kept()
    {
        using var session = new WebSession(fixture.App);

        var page = await session.SubmitAsync("/account/register", "/account/register", new Dictionary<string, string>
        {
            ["CompanyLegalName"] = "Kept Company Name Ltd",
            ["DisplayName"] = string.Empty,
            ["Email"] = "not-an-email",
            ["Password"] = "short",
            ["ConfirmPassword"] = "different",
        });

        Assert.Equal("/account/register", page.Path);
        Assert.Contains("There is a problem", page.Text, StringComparison.Ordinal);
        Assert.Contains("href=\"#DisplayName\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("Enter an e-mail address in the right format", page.Text, StringComparison.Ordinal);
        Assert.Contains("The two passwords do not match", page.Text, StringComparison.Ordinal);
        Assert.Contains("value=\"Kept Company Name Ltd\"", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_weak_password_creates_neither_the_company_nor_the_user()
    {
        var email = $"weak-{Guid.NewGuid():N}@supplier.test";
        var company = $"Weak Password Co {Guid.NewGuid():N}";
        using var session = new WebSession(fixture.App);

        var page = await session.SubmitAsync("/account/register", "/account/register", new Dictionary<string, string>
        {
            ["CompanyLegalName"] = company,
            ["DisplayName"] = "Pat Weak",
            ["Email"] = email,
            ["Password"] = "short",
            ["ConfirmPassword"] = "short",
        });

        Assert.Contains("Passwords must be at least 12 characters", page.Text, StringComparison.Ordinal);
        Assert.Equal(0, await fixture.App.WithDbAsync(db => db.Suppliers.CountAsync(s => s.LegalName == company)));
        Assert.Equal(0, await fixture.App.WithDbAsync(db => db.Users.CountAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task An_email_already_registered_is_refused_with_advice()
    {
        var email = $"twice-{Guid.NewGuid():N}@supplier.test";
        using var session = new WebSession(fixture.App);
        await RegisterAsync(session, email, "First Co");

        var second = await RegisterAsync(session, email, "Second Co");

        Assert.Contains("An account with this e-mail address already exists", second.Text, StringComparison.Ordinal);
        Assert.Equal(0, await fixture.App.WithDbAsync(db => db.Suppliers.CountAsync(s => s.LegalName == "Second Co")));
    }

    [Fact]
    public async Task A_lost_confirmation_link_can_be_sent_again()
    {
        var email = $"resend-{Guid.NewGuid():N}@supplier.test";
        using var session = new WebSession(fixture.App);
        await RegisterAsync(session, email, "Resend Ltd");
        Mailbox.WaitForOutbox(fixture.App);
        File.Delete(Directory.GetFiles(fixture.App.MailDirectory, "*.eml").Single(f => File.ReadAllText(f).Contains(email, StringComparison.OrdinalIgnoreCase)));

        var sent = await session.SubmitAsync("/account/confirm-email/resend", "/account/confirm-email/resend", new Dictionary<string, string> { ["Email"] = email });

        Assert.Contains("Check your e-mail", sent.Text, StringComparison.Ordinal);
        var link = Mailbox.LinkTo(Mailbox.LatestTo(fixture.App, email), "/account/confirm-email");
        Assert.Contains("Your e-mail address is confirmed", (await session.GetAsync(link)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unconfirmed_account_is_not_revealed_to_someone_without_its_password()
    {
        var email = $"hidden-{Guid.NewGuid():N}@supplier.test";
        using var session = new WebSession(fixture.App);
        await RegisterAsync(session, email, "Hidden Ltd");

        var page = await session.SignInAsync(email, "a wrong password guess");

        Assert.Contains("The e-mail address or password is not right", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Confirm your e-mail address", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Password_guesses_lock_an_unconfirmed_account_too()
    {
        var email = $"guessed-{Guid.NewGuid():N}@supplier.test";
        using var session = new WebSession(fixture.App);
        await RegisterAsync(session, email, "Guessed Ltd");

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await session.SignInAsync(email, "a wrong password guess");
        }

        Assert.Equal("/account/locked-out", (await session.SignInAsync(email, "a wrong password guess")).Path);
        Assert.Equal("/account/locked-out", (await session.SignInAsync(email, Password)).Path);
    }

    [Fact]
    public async Task New_suppliers_start_unverified()
    {
        var email = $"status-{Guid.NewGuid():N}@supplier.test";
        var company = $"Status Check {Guid.NewGuid():N}";
        using var session = new WebSession(fixture.App);

        await RegisterAsync(session, email, company);

        var status = await fixture.App.WithDbAsync(db => db.Suppliers.Where(s => s.LegalName == company).Select(s => s.Status).SingleAsync());
        Assert.Equal(VerificationStatus.Unverified, status);
    }

    private static Task<WebSession.Page> RegisterAsync(WebSession session, string email, string company) =>
        session.SubmitAsync("/account/register", "/account/register", new Dictionary<string, string>
        {
            ["CompanyLegalName"] = company,
            ["DisplayName"] = "Pat Example",
            ["Email"] = email,
            ["Password"] = Password,
            ["ConfirmPassword"] = Password,
        });
}
