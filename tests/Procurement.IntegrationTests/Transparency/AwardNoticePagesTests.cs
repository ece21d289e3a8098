using System.Net;
using System.Xml.Linq;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Transparency;

/// <summary>The public award notice, contract and statistics pages, on the demo's awarded tenders.</summary>
public sealed class AwardNoticePagesTests(AppFixture fixture)
{
    private const string Cemeteries = "Maintenance of cemeteries and closed churchyards, 2026 to 2029";
    private const string PoolCars = "Lease of electric pool cars for council staff";

    [Fact]
    public async Task The_public_reads_an_award_notice_with_its_winner_value_bids_and_contract()
    {
        using var session = new WebSession(fixture.App);

        var list = await session.GetAsync("/awards?cpv=98");
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Contains(Cemeteries, list.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(PoolCars, list.Text, StringComparison.Ordinal);
        var reference = Reference(list.Html, Cemeteries);

        var notice = await session.GetAsync($"/awards/{reference}");

        Assert.Equal(HttpStatusCode.OK, notice.Status);
        Assert.Contains("Northshire County Council", notice.Text, StringComparison.Ordinal);
        Assert.Contains("Bids received", notice.Text, StringComparison.Ordinal);
        Assert.Contains($"href=\"/api/ocds/records/ocds-prc000-{reference}\"", notice.Html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/tenders/{reference}/opening\"", notice.Html, StringComparison.Ordinal);
        Assert.Contains("Download (PDF)", notice.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tender_still_in_its_standstill_period_has_no_public_notice()
    {
        using var session = new WebSession(fixture.App);
        var tenders = await session.GetAsync("/tenders?status=closed");
        var reference = Reference(tenders.Html, "Laboratory consumables for regional public health laboratories");

        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync($"/awards/{reference}")).Status);
        Assert.DoesNotContain("Laboratory consumables", (await session.GetAsync("/awards")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Award_notices_download_as_csv_one_row_per_lot_with_the_filters_of_the_page()
    {
        using var client = fixture.App.CreateClient();

        using var response = await client.GetAsync(new Uri("/awards.csv?cpv=34", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("tender_reference,ocid,title,agency,notice_published_at,lot_number", lines[0], StringComparison.Ordinal);
        var row = Assert.Single(lines, line => line.Contains(PoolCars, StringComparison.Ordinal));
        Assert.Contains(",unsuccessful,", row, StringComparison.Ordinal);
        Assert.EndsWith(",The only quotation received was 47% above the approved budget; the council will re-tender with a smaller fleet.", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_award_notices_are_an_Atom_feed_linking_to_each_notice()
    {
        using var client = fixture.App.CreateClient();

        using var response = await client.GetAsync(new Uri("/awards.atom", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Root!;
        var entry = Assert.Single(feed.Elements(atom + "entry"), e => e.Element(atom + "title")!.Value == Cemeteries);
        Assert.Matches("^http://localhost/awards/PRC-\\d{4}-\\d{6}$", entry.Element(atom + "id")!.Value);
    }

    [Fact]
    public async Task Contracts_are_listed_with_their_signed_documents_and_download_as_csv()
    {
        using var session = new WebSession(fixture.App);

        var page = await session.GetAsync("/contracts");

        Assert.Contains("Download (PDF)", page.Text, StringComparison.Ordinal);
        var document = System.Text.RegularExpressions.Regex.Match(page.Html, "href=\"(/contracts/[0-9a-f-]+/document)\"").Groups[1].Value;
        using var client = fixture.App.CreateClient();
        using var pdf = await client.GetAsync(new Uri(document, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("%PDF-", await pdf.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var csv = await client.GetStringAsync(new Uri("/contracts.csv", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("GreenLeaf Grounds Maintenance", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Statistics_show_spend_competition_sme_share_and_time_to_award_as_charts_and_tables()
    {
        using var session = new WebSession(fixture.App);

        var page = await session.GetAsync("/statistics");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        foreach (var chart in new[] { "spend-chart", "bids-chart", "sme-chart", "days-chart" })
        {
            Assert.Contains($"<svg class=\"bar-chart\" id=\"{chart}\" role=\"img\"", page.Html, StringComparison.Ordinal);
        }

        Assert.Contains("98 Other community, social and personal services", page.Text, StringComparison.Ordinal);
        Assert.Contains("Northshire County Council", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_filters_are_explained_and_ignored_rather_than_failing_the_page()
    {
        using var session = new WebSession(fixture.App);

        var awards = await session.GetAsync("/awards?min=lots&cpv=4");
        var statistics = await session.GetAsync("/statistics?from=March");

        Assert.Equal(HttpStatusCode.OK, awards.Status);
        Assert.Contains("Choose a CPV division: two digits, for example 45.", awards.Text, StringComparison.Ordinal);
        Assert.Contains(Cemeteries, awards.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, statistics.Status);
        Assert.Contains("Enter a month as year and month, for example 2026-03.", statistics.Text, StringComparison.Ordinal);
    }

    private static string Reference(string html, string title) =>
        System.Text.RegularExpressions.Regex.Match(html, $"href=\"/(?:awards|tenders)/(PRC-\\d{{4}}-\\d{{6}})\">{System.Net.WebUtility.HtmlEncode(title)}<").Groups[1].Value is { Length: > 0 } reference
            ? reference
            : throw new Xunit.Sdk.XunitException($"No link to “{title}” on the page.");
}
