using System.Text.Json.Nodes;
using Procurement.Application.OpenData;
using Procurement.Domain.Tenders;
using static Procurement.IntegrationTests.OpenData.OcdsStagesBuilder;

namespace Procurement.IntegrationTests.OpenData;

/// <summary>The OCDS mapping of each stage, the compiled release and the schema check, from constructed stages (no database).</summary>
public sealed class OcdsMappingTests
{
    private static readonly OcdsPackages _packages = new(new OcdsSettings(), TimeProvider.System);

    [Fact]
    public void A_publication_release_describes_the_tender_with_lots_items_periods_and_documents()
    {
        var release = Mapper.Release(Publication());

        AssertValid(release);
        Assert.Equal("ocds-prc000-PRC-2026-000123-tender-1", (string?)release["id"]);
        Assert.Equal("tender", (string?)release["tag"]![0]);
        var tender = release["tender"]!;
        Assert.Equal("active", (string?)tender["status"]);
        Assert.Equal("open", (string?)tender["procurementMethod"]);
        Assert.Equal("ratedCriteria", (string?)tender["awardCriteria"]);
        Assert.Equal("Price 60%, Quality 40%", (string?)tender["awardCriteriaDetails"]);
        Assert.Equal(80_000m, (decimal)tender["value"]!["amount"]!);
        Assert.Equal("2026-04-01T09:00:00Z", (string?)tender["tenderPeriod"]!["endDate"]);
        Assert.Equal("CPV", (string?)tender["items"]![1]!["classification"]!["scheme"]);
        Assert.Equal("TNE", (string?)tender["items"]![1]!["unit"]!["id"]);
        Assert.Equal("lot-2", (string?)tender["items"]![1]!["relatedLot"]);
        Assert.Equal(2, tender["lots"]!.AsArray().Count);
        Assert.Equal(
            "https://procurement.example/tenders/PRC-2026-000123/documents/d0c00000-0000-4000-8000-000000000001",
            (string?)tender["documents"]!.AsArray().Single(d => (string?)d!["documentType"] == "biddingDocuments")!["url"]);
        var buyer = Assert.Single(release["parties"]!.AsArray())!;
        Assert.Equal(["buyer", "procuringEntity"], buyer["roles"]!.AsArray().Select(r => (string?)r));
        Assert.Equal((string?)buyer["id"], (string?)release["buyer"]!["id"]);
    }

    [Theory]
    [InlineData("45233141-9", "works")]
    [InlineData("34927100-2", "goods")]
    [InlineData("48000000-8", "goods")]
    [InlineData("03000000-1", "goods")]
    [InlineData("90620000-9", "services")]
    public void The_main_procurement_category_follows_the_cpv_division(string cpv, string category) =>
        Assert.Equal(category, OcdsReleaseMapper.MainProcurementCategory([new OcdsLot(1, "Lot", null, cpv, 1, "H87", 10, "GBP")]));

    [Fact]
    public void A_tender_of_several_categories_takes_the_one_of_the_greatest_estimated_value() =>
        Assert.Equal("services", OcdsReleaseMapper.MainProcurementCategory(State().Lots));

    [Theory]
    [InlineData(TenderStatus.Published, "active")]
    [InlineData(TenderStatus.Opened, "active")]
    [InlineData(TenderStatus.Evaluation, "active")]
    [InlineData(TenderStatus.Standstill, "active")]
    [InlineData(TenderStatus.Awarded, "complete")]
    [InlineData(TenderStatus.Unsuccessful, "unsuccessful")]
    [InlineData(TenderStatus.Cancelled, "cancelled")]
    public void Each_tender_stage_maps_to_a_closed_tender_status(TenderStatus status, string code) =>
        Assert.Equal(code, OcdsReleaseMapper.TenderStatus(status));

    [Fact]
    public void An_amendment_release_says_what_it_amends_and_why()
    {
        var release = Mapper.Release(Amendment());

        AssertValid(release);
        Assert.Equal("ocds-prc000-PRC-2026-000123-amendment-2", (string?)release["id"]);
        Assert.Equal("tenderAmendment", (string?)release["tag"]![0]);
        var amendment = Assert.Single(release["tender"]!["amendments"]!.AsArray())!;
        Assert.Equal("Salt quantity corrected; deadline extended.", (string?)amendment["rationale"]);
        Assert.Equal("ocds-prc000-PRC-2026-000123-tender-1", (string?)amendment["amendsReleaseID"]);
        Assert.Equal("ocds-prc000-PRC-2026-000123-amendment-2", (string?)amendment["releaseID"]);
    }

    [Fact]
    public void A_cancellation_release_is_tagged_and_carries_the_reason()
    {
        var release = Mapper.Release(new OcdsTenderCancelled(Process, Published.AddDays(3), State(), "The budget was withdrawn."));

        AssertValid(release);
        Assert.Equal("tenderCancellation", (string?)release["tag"]![0]);
        Assert.Equal("cancelled", (string?)release["tender"]!["status"]);
        Assert.All(release["tender"]!["lots"]!.AsArray(), lot => Assert.Equal("cancelled", (string?)lot!["status"]));
        var notice = release["tender"]!["documents"]!.AsArray().Single(d => (string?)d!["documentType"] == "cancellationDetails")!;
        Assert.Equal("The budget was withdrawn.", (string?)notice["description"]);
    }

    [Fact]
    public void The_opening_release_names_the_tenderers_and_counts_bids_per_lot()
    {
        var release = Mapper.Release(Opening());

        AssertValid(release);
        Assert.Equal("tenderUpdate", (string?)release["tag"]![0]);
        Assert.Equal(2, (int)release["tender"]!["numberOfTenderers"]!);
        var statistics = release["bids"]!["statistics"]!.AsArray();
        Assert.Equal(2, (int)statistics.Single(s => (string?)s!["id"] == "bids")!["value"]!);
        Assert.Equal(1, (int)statistics.Single(s => (string?)s!["id"] == "smeBids")!["value"]!);
        Assert.Equal(1, (int)statistics.Single(s => (string?)s!["relatedLot"] == "lot-2")!["value"]!);
        var gritters = release["parties"]!.AsArray().Single(p => (string?)p!["name"] == "Gritters Ltd")!;
        Assert.Equal("GB-COH", (string?)gritters["identifier"]!["scheme"]);
        Assert.Equal("01234567", (string?)gritters["identifier"]!["id"]);
        Assert.Equal(["tenderer"], gritters["roles"]!.AsArray().Select(r => (string?)r));
    }

    [Fact]
    public void An_award_decision_is_pending_for_winners_and_unsuccessful_for_lots_without_one()
    {
        var release = Mapper.Release(Award(OcdsAwardStep.Decided));

        AssertValid(release);
        Assert.Equal("ocds-prc000-PRC-2026-000123-award-1", (string?)release["id"]);
        Assert.Equal("award", (string?)release["tag"]![0]);
        Assert.Equal("active", (string?)release["tender"]!["status"]);
        var awards = release["awards"]!.AsArray();
        var won = awards.Single(a => (string?)a!["id"] == "award-1-lot-1")!;
        Assert.Equal("pending", (string?)won["status"]);
        Assert.Equal(48_250.50m, (decimal)won["value"]!["amount"]!);
        Assert.Equal("supplier-7a3f2e55-0000-4000-8000-000000000001", (string?)won["suppliers"]![0]!["id"]);
        Assert.Equal("lot-1", (string?)won["relatedLots"]![0]);
        var lost = awards.Single(a => (string?)a!["id"] == "award-1-lot-2")!;
        Assert.Equal("unsuccessful", (string?)lost["status"]);
        Assert.Equal("No compliant bid.", (string?)lost["description"]);
        var supplier = release["parties"]!.AsArray().Single(p => (string?)p!["name"] == "Gritters Ltd")!;
        Assert.Equal(["tenderer", "supplier"], supplier["roles"]!.AsArray().Select(r => (string?)r));
    }

    [Fact]
    public void A_final_award_is_active_and_completes_the_tender_and_a_lapsed_one_is_cancelled()
    {
        var final = Mapper.Release(Award(OcdsAwardStep.Finalised, status: TenderStatus.Awarded));
        var lapsed = Mapper.Release(Award(OcdsAwardStep.Lapsed, status: TenderStatus.Evaluation));

        AssertValid(final);
        AssertValid(lapsed);
        Assert.Equal(("ocds-prc000-PRC-2026-000123-award-1-final", "awardUpdate", "complete"), ((string?)final["id"], (string?)final["tag"]![0], (string?)final["tender"]!["status"]));
        Assert.Equal("active", (string?)final["awards"]![0]!["status"]);
        Assert.Equal(("awardCancellation", "active"), ((string?)lapsed["tag"]![0], (string?)lapsed["tender"]!["status"]));
        Assert.All(lapsed["awards"]!.AsArray(), award => Assert.Equal("cancelled", (string?)award!["status"]));
    }

    [Fact]
    public void A_contract_release_refers_to_its_award_and_is_active_once_signed()
    {
        var pending = Mapper.Release(Contract(signed: null));
        var signed = Mapper.Release(Contract(signed: Published.AddDays(61)));

        AssertValid(pending);
        AssertValid(signed);
        Assert.Equal("pending", (string?)pending["contracts"]![0]!["status"]);
        var contract = signed["contracts"]![0]!;
        Assert.Equal(("ocds-prc000-PRC-2026-000123-contract-1", "contract"), ((string?)signed["id"], (string?)signed["tag"]![0]));
        Assert.Equal(("active", "award-1-lot-1"), ((string?)contract["status"], (string?)contract["awardID"]));
        Assert.Equal("2026-05-02T09:00:00Z", (string?)contract["dateSigned"]);
        Assert.Equal(48_250.50m, (decimal)contract["value"]!["amount"]!);
        Assert.Equal("https://procurement.example/tenders/PRC-2026-000123/contracts/1.pdf", (string?)contract["documents"]![0]!["url"]);
    }

    [Fact]
    public void The_compiled_release_takes_the_latest_values_and_merges_arrays_by_id()
    {
        var releases = new OcdsStage[] { Contract(Published.AddDays(61)), Publication(), Award(OcdsAwardStep.Finalised, status: TenderStatus.Awarded), Amendment(), Opening(), Award(OcdsAwardStep.Decided) }
            .Select(Mapper.Release).ToList();

        var compiled = OcdsMerge.Compile(releases);

        AssertValid(compiled);
        Assert.Equal("ocds-prc000-PRC-2026-000123-compiled", (string?)compiled["id"]);
        Assert.Equal("compiled", (string?)compiled["tag"]![0]);
        Assert.Equal("2026-05-01T09:00:00Z", (string?)compiled["date"]);
        var tender = compiled["tender"]!;
        Assert.Equal("Winter gritting 2026/27", (string?)tender["title"]);
        Assert.Equal("complete", (string?)tender["status"]);
        Assert.Equal(85_000m, (decimal)tender["value"]!["amount"]!);
        Assert.Equal(2, (int)tender["numberOfTenderers"]!);
        Assert.Single(tender["amendments"]!.AsArray());
        var awards = compiled["awards"]!.AsArray();
        Assert.Equal(2, awards.Count);
        Assert.Equal("active", (string?)awards.Single(a => (string?)a!["id"] == "award-1-lot-1")!["status"]);
        Assert.Equal("active", (string?)Assert.Single(compiled["contracts"]!.AsArray())!["status"]);
        var parties = compiled["parties"]!.AsArray();
        Assert.Equal(3, parties.Count);
        Assert.Equal(["tenderer", "supplier"], parties.Single(p => (string?)p!["name"] == "Gritters Ltd")!["roles"]!.AsArray().Select(r => (string?)r));
        Assert.Equal(["tenderer"], parties.Single(p => (string?)p!["name"] == "Roadworks GmbH")!["roles"]!.AsArray().Select(r => (string?)r));
    }

    [Fact]
    public void A_null_in_a_later_release_removes_the_field_from_the_compiled_release()
    {
        var first = Mapper.Release(Publication());
        var second = Mapper.Release(Amendment());
        second["tender"]!["enquiryPeriod"] = null;

        var compiled = OcdsMerge.Compile([first, second]);

        Assert.False(compiled["tender"]!.AsObject().ContainsKey("enquiryPeriod"));
        Assert.NotNull(compiled["tender"]!["tenderPeriod"]);
    }

    [Fact]
    public void A_package_of_every_stage_validates()
    {
        var releases = new OcdsStage[] { Publication(), Amendment(), Opening(), Award(OcdsAwardStep.Decided), Contract(null) }.Select(Mapper.Release).ToList();

        var package = _packages.ReleasePackage(releases, new Uri("https://procurement.example/api/ocds/releases"), new Uri("https://procurement.example/"), null);

        Assert.Empty(Validator.ValidateReleasePackage(package.ToJsonString()));
        Assert.Equal("https://procurement.example/open-data", (string?)package["publicationPolicy"]);
        Assert.Equal("2026-05-01T09:00:00Z", (string?)package["publishedDate"]);
    }

    [Fact]
    public void A_release_with_a_wrong_tag_fails_validation()
    {
        var release = Mapper.Release(Publication());
        release["tag"] = new JsonArray("tendering");

        Assert.Contains(Validator.ValidateRelease(release.ToJsonString()), p => p.Contains("tag", StringComparison.Ordinal));
        var package = _packages.ReleasePackage([release], new Uri("https://procurement.example/api/ocds/releases"), new Uri("https://procurement.example/"), null);
        Assert.NotEmpty(Validator.ValidateReleasePackage(package.ToJsonString()));
    }

    [Fact]
    public void A_release_without_an_ocid_fails_validation()
    {
        var release = Mapper.Release(Publication());
        release.Remove("ocid");

        Assert.Contains(Validator.ValidateRelease(release.ToJsonString()), p => p.Contains("ocid", StringComparison.Ordinal));

        // Only the release schema, reached through the package schema's $ref, knows that a release needs an ocid.
        var package = _packages.ReleasePackage([release], new Uri("https://procurement.example/api/ocds/releases"), new Uri("https://procurement.example/"), null);
        Assert.Contains(Validator.ValidateReleasePackage(package.ToJsonString()), p => p.Contains("ocid", StringComparison.Ordinal));
    }

    [Fact]
    public void A_value_outside_a_closed_codelist_fails_validation()
    {
        var release = Mapper.Release(Publication());
        release["tender"]!["lots"]![0]!["status"] = "open";
        release["tender"]!["lots"]![1]!["value"]!["currency"] = "XXY";

        var problems = Validator.ValidateRelease(release.ToJsonString());

        Assert.Contains(problems, p => p.Contains("tender.lots[].status: 'open'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("currency 'XXY'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_record_package_without_releases_fails_validation() =>
        Assert.NotEmpty(Validator.ValidateRecordPackage("""{"uri":"https://procurement.example/","version":"1.1","publishedDate":"2026-01-01T00:00:00Z","publisher":{"name":"P"},"records":[{"ocid":"x","releases":[]}]}"""));

    private static void AssertValid(JsonObject release)
    {
        var problems = Validator.ValidateRelease(release.ToJsonString());
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
