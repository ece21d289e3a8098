using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Procurement.Infrastructure.Demo;
using Procurement.Testing;

namespace Procurement.IntegrationTests.OpenData;

/// <summary>
/// The OCDS output of the demo tenders, which stand at every stage (open, opened, in evaluation, in standstill, awarded
/// with signed contracts, unsuccessful, cancelled): every record, every release by its id and the whole release list
/// validate against the OCDS 1.1.5 schema and closed codelists.
/// </summary>
public sealed class OcdsDemoStagesTests(AppFixture fixture)
{
    [Fact]
    public async Task Every_endpoint_validates_for_tenders_at_every_stage()
    {
        foreach (var story in DemoTenderHistory.Stories)
        {
            var title = story.Details(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow).Title!;
            var ocid = (await fixture.App.WithDbAsync(db => db.Tenders.Where(t => t.Title == title).Select(t => t.Ocid).SingleAsync()))!;
            var record = await RecordAsync(ocid);
            var compiled = record["compiledRelease"]!;
            foreach (var release in record["releases"]!.AsArray())
            {
                var package = await GetJsonAsync($"/api/ocds/releases/{(string)release!["id"]!}");
                Assert.Empty(OcdsStagesBuilder.Validator.ValidateReleasePackage(package));
            }

            var status = (string)compiled["tender"]!["status"]!;
            switch (story.Stage)
            {
                case DemoStage.Awarded:
                    Assert.Equal("complete", status);
                    var award = compiled["awards"]!.AsArray().First()!;
                    Assert.Equal("active", (string)award["status"]!);
                    var supplierId = (string)award["suppliers"]![0]!["id"]!;
                    Assert.Contains(compiled["parties"]!.AsArray(), party => (string)party!["id"]! == supplierId && party["roles"]!.AsArray().Any(r => (string)r! == "supplier"));
                    var contract = compiled["contracts"]!.AsArray().First()!;
                    Assert.NotNull(contract["dateSigned"]);
                    Assert.NotNull(contract["period"]?["startDate"]);
                    break;
                case DemoStage.Unsuccessful:
                    Assert.Equal("unsuccessful", status);
                    break;
                case DemoStage.Cancelled:
                    Assert.Equal("cancelled", status);
                    break;
                case DemoStage.Standstill or DemoStage.Evaluation:
                    // A decision in its standstill period is told to the bidders only; no award is public before it is final.
                    Assert.Equal("active", status);
                    Assert.Null(compiled["awards"]);
                    break;
                default:
                    Assert.Equal("active", status);
                    break;
            }
        }
    }

    [Fact]
    public async Task The_whole_release_list_pages_through_links_next_and_validates()
    {
        var url = "/api/ocds/releases?pageSize=100";
        var ids = new List<string>();
        for (var pages = 0; url is not null; pages++)
        {
            Assert.True(pages < 500, "links.next did not come to an end.");
            var json = await GetJsonAsync(url);
            Assert.Empty(OcdsStagesBuilder.Validator.ValidateReleasePackage(json));
            var package = JsonNode.Parse(json)!;
            ids.AddRange(package["releases"]!.AsArray().Select(r => (string)r!["id"]!));
            url = (string?)package["links"]?["next"] is { } next ? new Uri(next).PathAndQuery : null;
        }

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains(ids, id => id.Contains("-award-", StringComparison.Ordinal));
        Assert.Contains(ids, id => id.Contains("-contract-", StringComparison.Ordinal));
    }

    private async Task<JsonNode> RecordAsync(string ocid)
    {
        var json = await GetJsonAsync($"/api/ocds/records/{ocid}");
        var problems = OcdsStagesBuilder.Validator.ValidateRecordPackage(json);
        Assert.True(problems.Count == 0, $"{ocid}: {string.Join(Environment.NewLine, problems)}");
        return Assert.Single(JsonNode.Parse(json)!["records"]!.AsArray())!;
    }

    private async Task<string> GetJsonAsync(string path)
    {
        using var client = fixture.App.CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
