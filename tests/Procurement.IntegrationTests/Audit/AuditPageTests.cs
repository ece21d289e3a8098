using Procurement.Infrastructure.Demo;
using Procurement.IntegrationTests.Identity;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Audit;

public sealed class AuditPageTests(AppFixture fixture)
{
    private const string Auditor = "auditor@procurement.test";

    [Fact]
    public async Task An_auditor_finds_the_page_in_the_navigation_and_sees_entries_newest_first_with_who_did_them()
    {
        using var session = new WebSession(fixture.App);

        var dashboard = await session.SignInAsync(Auditor);
        Assert.Contains("href=\"/audit\"", dashboard.Html, StringComparison.Ordinal);
        // Other tests write entries all the time (bids, openings): the supplier entries are looked for among their own.
        var page = await session.GetAsync("/audit?action=supplier.");

        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        Assert.Contains("Latest entry", page.Text, StringComparison.Ordinal);
        Assert.Contains("supplier.verified", page.Text, StringComparison.Ordinal);
        Assert.Contains("Platform", page.Text, StringComparison.Ordinal);
        var numbers = EntryNumbers(page.Html);
        Assert.True(numbers.Count > 1);
        Assert.Equal(numbers.OrderDescending(), numbers);
    }

    [Fact]
    public async Task Verifying_the_chain_shows_how_many_entries_were_checked_and_the_last_hash()
    {
        using var session = new WebSession(fixture.App);
        await session.SignInAsync(Auditor);

        var result = await session.SubmitAsync("/audit", "/audit/verify", new Dictionary<string, string>());

        Assert.Contains("The chain is intact", result.Text, StringComparison.Ordinal);
        Assert.Matches(@"[\d,]+ entries checked\.\s+The latest, entry [\d,]+, has hash\s+[0-9a-f]{64}", result.Text);
    }

    [Fact]
    public async Task Filters_narrow_the_entries_and_the_actor_is_found_by_e_mail()
    {
        using var session = new WebSession(fixture.App);
        await session.SignInAsync(Auditor);

        var tenders = await session.GetAsync("/audit?action=tender.");
        var platform = await session.GetAsync("/audit?action=supplier.&actor=platform&from=2000-01-01");
        var unknown = await session.GetAsync("/audit?actor=nobody%40procurement.test&subject=tender%3A");
        var backwards = await session.GetAsync("/audit?from=2026-03-02&to=2026-03-01");
        var notADate = await session.GetAsync("/audit?from=yesterday");

        Assert.Contains("tender.published", tenders.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("supplier.verified", tenders.Text, StringComparison.Ordinal);
        Assert.Contains("supplier.verified", platform.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("tender.", platform.Text.Split("Entries")[^1], StringComparison.Ordinal);
        Assert.Contains("No account has that e-mail address", unknown.Text, StringComparison.Ordinal);
        Assert.Contains("value=\"nobody@procurement.test\"", unknown.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"tender:\"", unknown.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"#actor\"", unknown.Html, StringComparison.Ordinal);
        Assert.Contains("The “to” date must be on or after the “from” date.", backwards.Text, StringComparison.Ordinal);
        Assert.Contains("Enter the “from” date as a date, for example 2026-03-01.", notADate.Text, StringComparison.Ordinal);
        Assert.Contains("href=\"#from\"", notADate.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"yesterday\"", notADate.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Older_entries_are_a_page_back()
    {
        using var session = new WebSession(fixture.App);
        await session.SignInAsync(Auditor);

        var first = await session.GetAsync("/audit");
        var older = await session.GetAsync(System.Net.WebUtility.HtmlDecode(
            System.Text.RegularExpressions.Regex.Match(first.Html, "href=\"(/audit\\?before=\\d+)\"[^>]*>Older entries").Groups[1].Value));

        var newest = EntryNumbers(first.Html);
        var next = EntryNumbers(older.Html);
        Assert.Equal(50, newest.Count);
        Assert.NotEmpty(next);
        Assert.True(next.Max() < newest.Min());
    }

    [Fact]
    public async Task An_admin_reaches_it_after_the_second_factor()
    {
        using var session = new WebSession(fixture.App);
        await session.SignInAsync("admin@procurement.test");
        await session.EnterCodeAsync(AuthenticatorApp.CurrentCode(DemoOptions.TotpSecret));

        var page = await session.GetAsync("/audit");

        Assert.Equal("/audit", page.Path);
        Assert.Contains("Verify the chain", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_supplier_neither_sees_the_link_nor_opens_the_page_nor_runs_a_verification()
    {
        using var session = new WebSession(fixture.App);

        var dashboard = await session.SignInAsync(TestAccounts.DemoSupplier);
        var refused = await session.GetAsync("/audit");
        var verify = await session.SubmitAsync("/dashboard", "/audit/verify", new Dictionary<string, string>());

        Assert.DoesNotContain("href=\"/audit\"", dashboard.Html, StringComparison.Ordinal);
        Assert.StartsWith("/account/access-denied", refused.Path, StringComparison.Ordinal);
        Assert.DoesNotContain("supplier.verified", refused.Text, StringComparison.Ordinal);
        Assert.StartsWith("/account/access-denied", verify.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anyone_not_signed_in_is_sent_to_sign_in()
    {
        using var visitor = new WebSession(fixture.App);

        var page = await visitor.GetAsync("/audit", followRedirects: false);

        Assert.Equal(System.Net.HttpStatusCode.Redirect, page.Status);
        Assert.StartsWith("/account/sign-in", new Uri(new Uri("http://localhost"), page.Location).AbsolutePath, StringComparison.Ordinal);
    }

    private static List<long> EntryNumbers(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "<th scope=\"row\" data-label=\"#\">([\\d,]+)</th>")
            .Select(match => long.Parse(match.Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
}
