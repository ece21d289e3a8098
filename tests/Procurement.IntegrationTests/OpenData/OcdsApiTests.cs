using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Procurement.Application.Tenders;
using Procurement.Domain.Tenders;
using Procurement.Infrastructure.Identity;
using Procurement.IntegrationTests.Bids;
using Procurement.IntegrationTests.Identity;
using Procurement.Testing;

namespace Procurement.IntegrationTests.OpenData;

/// <summary>The OCDS API over HTTP against PostgreSQL: every answer validates against the OCDS 1.1.5 schema.</summary>
public sealed class OcdsApiTests(AppFixture fixture)
{
    [Fact]
    public async Task A_published_tender_has_a_record_and_a_tender_release_that_validate()
    {
        var (id, reference, _) = await fixture.App.PublishAsync(TimeSpan.FromDays(20));
        var ocid = await OcidAsync(id);

        var record = await RecordAsync(ocid);

        var release = Assert.Single(record["releases"]!.AsArray())!;
        Assert.Equal($"{ocid}-tender-1", (string?)release["id"]);
        var compiled = record["compiledRelease"]!;
        Assert.Equal(reference, (string?)compiled["tender"]!["id"]);
        Assert.Equal("active", (string?)compiled["tender"]!["status"]);
        Assert.Equal(150_000m, (decimal)compiled["tender"]!["value"]!["amount"]!);
        Assert.Equal("works", (string?)compiled["tender"]!["mainProcurementCategory"]);
        Assert.Equal("Lot 1 gritting", (string?)compiled["tender"]!["lots"]![0]!["title"]);
        Assert.Equal(["buyer", "procuringEntity"], compiled["parties"]![0]!["roles"]!.AsArray().Select(r => (string?)r));

        var single = await ReleasePackageAsync($"/api/ocds/releases/{ocid}-tender-1");
        Assert.Equal($"{ocid}-tender-1", (string?)Assert.Single(single["releases"]!.AsArray())!["id"]);
        Assert.Equal("1.1", (string?)single["version"]);
    }

    [Fact]
    public async Task An_amended_tender_adds_an_amendment_release_and_the_record_compiles_the_latest_version()
    {
        var (id, _, _) = await fixture.App.PublishAsync(TimeSpan.FromDays(20));
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var actor = await OfficerAsync(scope.ServiceProvider);
            var tender = await fixture.App.WithDbAsync(db => db.Tenders.AsNoTracking().SingleAsync(t => t.Id == id));
            var details = tender.ToDetails() with { Title = "Amended gritting" };
            var amended = await scope.ServiceProvider.GetRequiredService<AmendTenderHandler>()
                .HandleAsync(new AmendTender(actor, id, details, "The title names the service.", Material: false), CancellationToken.None);
            Assert.True(amended.Succeeded, string.Join("; ", amended.Errors.Select(e => e.Message)));
        }

        var ocid = await OcidAsync(id);
        var record = await RecordAsync(ocid);

        var releases = record["releases"]!.AsArray();
        Assert.Equal([$"{ocid}-tender-1", $"{ocid}-amendment-2"], releases.Select(r => (string?)r!["id"]));
        Assert.NotEqual("Amended gritting", (string?)releases[0]!["tender"]!["title"]);
        Assert.Equal("tenderAmendment", (string?)releases[1]!["tag"]![0]);
        var compiled = record["compiledRelease"]!["tender"]!;
        Assert.Equal("Amended gritting", (string?)compiled["title"]);
        var amendment = Assert.Single(compiled["amendments"]!.AsArray())!;
        Assert.Equal("The title names the service.", (string?)amendment["rationale"]);
        Assert.Equal($"{ocid}-tender-1", (string?)amendment["amendsReleaseID"]);
        await ReleasePackageAsync($"/api/ocds/releases/{ocid}-amendment-2");
    }

    [Fact]
    public async Task A_cancelled_tender_ends_with_a_cancellation_release()
    {
        var (id, _, _) = await fixture.App.PublishAsync(TimeSpan.FromDays(20));
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var cancelled = await scope.ServiceProvider.GetRequiredService<CancelTenderHandler>()
                .HandleAsync(new CancelTender(await OfficerAsync(scope.ServiceProvider), id, "The works were moved to next year's budget."), CancellationToken.None);
            Assert.True(cancelled.Succeeded, string.Join("; ", cancelled.Errors.Select(e => e.Message)));
        }

        var ocid = await OcidAsync(id);
        var record = await RecordAsync(ocid);

        Assert.Equal([$"{ocid}-tender-1", $"{ocid}-cancellation"], record["releases"]!.AsArray().Select(r => (string?)r!["id"]));
        var tender = record["compiledRelease"]!["tender"]!;
        Assert.Equal("cancelled", (string?)tender["status"]);
        Assert.Contains(tender["documents"]!.AsArray(), d => (string?)d!["description"] == "The works were moved to next year's budget.");
        var release = await ReleasePackageAsync($"/api/ocds/releases/{ocid}-cancellation");
        Assert.Equal("tenderCancellation", (string?)release["releases"]![0]!["tag"]![0]);
    }

    [Fact]
    public async Task An_opened_tender_has_a_tender_update_with_its_tenderers_and_bid_statistics()
    {
        var (id, reference, deadline) = await fixture.App.PublishAsync(TimeSpan.FromSeconds(20));
        var (bidder, supplierId, _) = await fixture.App.SignedInBidderAsync();
        using var _ = bidder;
        var submitted = await bidder.SubmitAsync($"/tenders/{reference}/bid", $"/tenders/{reference}/bid", TestTenders.Offer("41000", secondPrice: "88000").Submitting());
        Assert.Contains("Your bid was sealed and received", submitted.Text, StringComparison.Ordinal);
        await fixture.App.OpenedEventuallyAsync(id, deadline - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30));

        var ocid = await OcidAsync(id);
        var record = await RecordAsync(ocid);

        var opening = record["releases"]!.AsArray().Single(r => (string?)r!["id"] == $"{ocid}-opening")!;
        Assert.Equal("tenderUpdate", (string?)opening["tag"]![0]);
        var compiled = record["compiledRelease"]!;
        Assert.Equal(1, (int)compiled["tender"]!["numberOfTenderers"]!);
        Assert.Equal("active", (string?)compiled["tender"]!["status"]);
        var statistics = compiled["bids"]!["statistics"]!.AsArray();
        Assert.Equal(1, (int)statistics.Single(s => (string?)s!["id"] == "bids")!["value"]!);
        Assert.Equal(1, (int)statistics.Single(s => (string?)s!["relatedLot"] == "lot-2")!["value"]!);
        var tenderer = compiled["parties"]!.AsArray().Single(p => (string?)p!["id"] == $"supplier-{supplierId:D}")!;
        Assert.Equal(["tenderer"], tenderer["roles"]!.AsArray().Select(r => (string?)r));
    }

    [Fact]
    public async Task Pages_of_releases_follow_links_next_in_date_order_without_gaps_or_repeats()
    {
        // The database and the tests share the machine's clock; a second's margin covers rounding.
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);
        var published = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            published.Add((await fixture.App.PublishAsync(TimeSpan.FromDays(20))).Id);
        }

        var ocids = new List<string>();
        foreach (var id in published)
        {
            ocids.Add(await OcidAsync(id));
        }

        var seen = new List<(DateTimeOffset Date, string Id)>();
        var url = $"/api/ocds/releases?pageSize=2&since={Uri.EscapeDataString(since.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture))}";
        for (var pages = 0; url is not null; pages++)
        {
            Assert.True(pages < 200, "links.next did not come to an end.");
            var package = await ReleasePackageAsync(url);
            var releases = package["releases"]!.AsArray();
            Assert.InRange(releases.Count, 1, 2);
            seen.AddRange(releases.Select(r => (DateTimeOffset.Parse((string)r!["date"]!, System.Globalization.CultureInfo.InvariantCulture), (string)r["id"]!)));
            url = (string?)package["links"]?["next"] is { } next ? new Uri(next).PathAndQuery : null;
        }

        Assert.Equal(seen.Count, seen.Select(r => r.Id).Distinct().Count());
        Assert.Equal(seen.OrderBy(r => r.Date).ThenBy(r => r.Id, StringComparer.Ordinal), seen);
        Assert.All(ocids, ocid => Assert.Contains($"{ocid}-tender-1", seen.Select(r => r.Id)));
    }

    [Theory]
    [InlineData("/api/ocds/records/ocds-prc000-PRC-1999-000001")]
    [InlineData("/api/ocds/releases/ocds-prc000-PRC-1999-000001-tender-1")]
    [InlineData("/api/ocds/releases/not-a-release")]
    public async Task Unknown_ids_answer_404_problem_details(string path)
    {
        using var client = fixture.App.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, (int)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["status"]!);
    }

    [Theory]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("cursor=not-a-cursor!", "cursor")]
    [InlineData("since=yesterday", "since")]
    [InlineData("since=2026-02-01T00:00:00Z&until=2026-01-01T00:00:00Z", "until")]
    public async Task Bad_paging_parameters_answer_400_problem_details(string query, string field)
    {
        using var client = fixture.App.CreateClient();

        using var response = await client.GetAsync(new Uri($"/api/ocds/releases?{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.Contains(errors, e => e.Key.Equals(field, StringComparison.OrdinalIgnoreCase));
    }

    private async Task<string> OcidAsync(Guid tenderId) =>
        (await fixture.App.WithDbAsync(db => db.Tenders.Where(t => t.Id == tenderId).Select(t => t.Ocid).SingleAsync()))!;

    /// <summary>The record of <paramref name="ocid"/>, after checking the record package validates.</summary>
    private async Task<JsonNode> RecordAsync(string ocid)
    {
        var json = await GetJsonAsync($"/api/ocds/records/{ocid}");
        var problems = OcdsStagesBuilder.Validator.ValidateRecordPackage(json);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        return Assert.Single(JsonNode.Parse(json)!["records"]!.AsArray())!;
    }

    private async Task<JsonNode> ReleasePackageAsync(string path)
    {
        var json = await GetJsonAsync(path);
        var problems = OcdsStagesBuilder.Validator.ValidateReleasePackage(json);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        return JsonNode.Parse(json)!;
    }

    private async Task<string> GetJsonAsync(string path)
    {
        using var client = fixture.App.CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<TenderActor> OfficerAsync(IServiceProvider services)
    {
        var officer = await services.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(TestAccounts.DemoOfficer);
        return new TenderActor(officer!.Id, officer.AgencyId, IsAdmin: false);
    }
}
