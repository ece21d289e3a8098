using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Procurement.Application.Evaluation.Ports;
using Procurement.Domain.Evaluation;
using Procurement.Domain.Tenders;
using Procurement.IntegrationTests.Bids;
using Procurement.IntegrationTests.Identity;
using Procurement.IntegrationTests.Tenders;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Evaluation;

public sealed class EvaluationPagesTests(AppFixture fixture)
{
    [Fact]
    public async Task An_evaluator_who_has_not_declared_sees_no_bid_and_a_declared_conflict_removes_the_member()
    {
        var marker = $"NOTE-{Guid.NewGuid():N}";
        var (tenderId, reference, deadline) = await fixture.App.PublishAsync(TimeSpan.FromSeconds(40), ProcurementProcedure.RequestForQuotations, method: EvaluationMethod.BestValue);
        var (bidder, _, _) = await fixture.App.SignedInBidderAsync("Secret");
        using var b = bidder;
        Assert.Contains("Your bid was sealed and received", (await bidder.SubmitAsync($"/tenders/{reference}/bid", $"/tenders/{reference}/bid", TestTenders.Offer("77123.45", marker).Submitting())).Text, StringComparison.Ordinal);
        var opening = await fixture.App.OpenedEventuallyAsync(tenderId, deadline - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30));
        var bidId = opening.Bids.Single().BidId;
        using var officer = await fixture.App.SignedInOfficerAsync(TestAccounts.DemoOfficer);
        await NameCommitteeOverHttpAsync(officer, tenderId);

        using var undeclared = await fixture.App.SignedInEvaluatorAsync(TestEvaluations.SecondEmail);
        var memberPage = await undeclared.GetAsync($"/evaluations/{tenderId}");
        Assert.Contains("Conflict-of-interest declaration", memberPage.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("77,123.45", memberPage.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(marker, memberPage.Text, StringComparison.Ordinal);
        string[] closed =
        [
            $"/evaluations/{tenderId}/bids/{bidId}/lots/1/scores",
            $"/evaluations/{tenderId}/bids/{bidId}/lots/1/consensus",
            $"/evaluations/{tenderId}/bids/{bidId}/qualification",
            $"/tenders/manage/{tenderId}/evaluation/report",
            $"/tenders/{reference}/opening",
            $"/tenders/{reference}/opening/attachments/{Guid.NewGuid()}",
        ];
        foreach (var url in closed)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await undeclared.GetRawAsync(url)).StatusCode);
        }

        // The chair declares no conflict and sees the offer's notes on the opening record and the scoring page.
        using var chair = await fixture.App.SignedInEvaluatorAsync(TestEvaluations.ChairEmail);
        await DeclareAsync(chair, tenderId, conflict: false);
        Assert.Contains(marker, (await chair.GetAsync($"/tenders/{reference}/opening")).Text, StringComparison.Ordinal);

        // A conflict needs its statement; what was chosen stays chosen.
        var noStatement = await undeclared.SubmitAsync($"/evaluations/{tenderId}", $"/evaluations/{tenderId}/declaration", new Dictionary<string, string> { ["Form.HasConflict"] = "true", ["Form.Statement"] = string.Empty });
        Assert.Contains("There is a problem", noStatement.Text, StringComparison.Ordinal);
        Assert.Contains("href=\"#Form_Statement\"", noStatement.Html, StringComparison.Ordinal);
        Assert.Matches("id=\"conflict\"[^>]*checked", noStatement.Html);
        var removed = await undeclared.SubmitAsync($"/evaluations/{tenderId}", $"/evaluations/{tenderId}/declaration", new Dictionary<string, string> { ["Form.HasConflict"] = "true", ["Form.Statement"] = "My sister directs the bidder." });
        Assert.Contains("you have left this committee", removed.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(marker, removed.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await undeclared.GetRawAsync($"/evaluations/{tenderId}/bids/{bidId}/lots/1/scores")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await undeclared.GetRawAsync($"/tenders/{reference}/opening")).StatusCode);

        var committee = await officer.GetAsync($"/tenders/manage/{tenderId}/evaluation");
        Assert.Contains("Removed", committee.Text, StringComparison.Ordinal);
        Assert.Contains("My sister directs the bidder.", committee.Text, StringComparison.Ordinal);
        Assert.Contains("the officer adds members to reach at least 3", committee.Text, StringComparison.Ordinal);
        var actions = await fixture.App.WithDbAsync(db => db.AuditLog.Where(e => e.Subject == $"tender:{tenderId:D}").Select(e => e.Action).ToListAsync());
        Assert.Contains("evaluation.conflict_declared", actions);
        Assert.Contains("evaluation.no_conflict_declared", actions);
    }

    [Fact]
    public async Task A_committee_evaluates_over_the_pages_and_the_report_shows_how_each_number_was_computed()
    {
        var (tenderId, reference, deadline) = await fixture.App.PublishAsync(TimeSpan.FromSeconds(40), method: EvaluationMethod.BestValue);
        var (cheap, _, _) = await fixture.App.SignedInBidderAsync("Cheap");
        var (good, _, _) = await fixture.App.SignedInBidderAsync("Good");
        using var s1 = cheap;
        using var s2 = good;
        Assert.Contains("Your bid was sealed and received", (await cheap.SubmitAsync($"/tenders/{reference}/bid", $"/tenders/{reference}/bid", TestTenders.Offer("100000").Submitting())).Text, StringComparison.Ordinal);
        Assert.Contains("Your bid was sealed and received", (await good.SubmitAsync($"/tenders/{reference}/bid", $"/tenders/{reference}/bid", TestTenders.Offer("125000").Submitting())).Text, StringComparison.Ordinal);
        var opening = await fixture.App.OpenedEventuallyAsync(tenderId, deadline - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30));
        var cheapBid = opening.Bids.Single(b => b.SupplierName.StartsWith("Cheap", StringComparison.Ordinal)).BidId;
        var goodBid = opening.Bids.Single(b => b.SupplierName.StartsWith("Good", StringComparison.Ordinal)).BidId;
        using var officer = await fixture.App.SignedInOfficerAsync(TestAccounts.DemoOfficer);
        Assert.Contains("Name the evaluation committee", (await officer.GetAsync($"/tenders/manage/{tenderId}")).Text, StringComparison.Ordinal);

        await NameCommitteeOverHttpAsync(officer, tenderId);
        Assert.Equal(TenderStatus.Evaluation, await fixture.App.WithDbAsync(db => db.Tenders.Where(t => t.Id == tenderId).Select(t => t.Status).SingleAsync()));

        var sessions = new List<WebSession>();
        foreach (var email in TestEvaluations.CommitteeEmails)
        {
            var session = await fixture.App.SignedInEvaluatorAsync(email);
            sessions.Add(session);
            Assert.Contains(reference, (await session.GetAsync("/evaluations")).Text, StringComparison.Ordinal);
            await DeclareAsync(session, tenderId, conflict: false);
        }

        var chair = sessions[0];
        var refused = await chair.SubmitAsync($"/evaluations/{tenderId}/bids/{cheapBid}/qualification", $"/evaluations/{tenderId}/bids/{cheapBid}/qualification", new Dictionary<string, string> { ["Form.Passes"] = "false", ["Form.Reason"] = string.Empty });
        Assert.Contains("Give the reason the bid fails qualification", refused.Text, StringComparison.Ordinal);
        foreach (var bid in new[] { cheapBid, goodBid })
        {
            var qualified = await chair.SubmitAsync($"/evaluations/{tenderId}/bids/{bid}/qualification", $"/evaluations/{tenderId}/bids/{bid}/qualification", new Dictionary<string, string> { ["Form.Passes"] = "true", ["Form.Reason"] = string.Empty });
            Assert.Contains("The qualification decision is recorded", qualified.Text, StringComparison.Ordinal);
        }

        // Member scores: Cheap 5 and 5 by everyone; Good 10, 9, 8 on technical merit and 10 on social value.
        for (var i = 0; i < sessions.Count; i++)
        {
            var path = $"/evaluations/{tenderId}/bids/{cheapBid}/lots/1/scores";
            var saved = await sessions[i].SubmitAsync(path, path, ScoreFields(5, 5));
            Assert.Contains("Your scores are saved", saved.Text, StringComparison.Ordinal);
            path = $"/evaluations/{tenderId}/bids/{goodBid}/lots/1/scores";
            await sessions[i].SubmitAsync(path, path, ScoreFields(10 - i, 10));
        }

        var outOfScale = await sessions[1].SubmitAsync($"/evaluations/{tenderId}/bids/{goodBid}/lots/1/scores", $"/evaluations/{tenderId}/bids/{goodBid}/lots/1/scores", ScoreFields(11, 10, justification: "Kept text"));
        Assert.Contains("Give a whole score for Technical merit from 0 to 10", outOfScale.Text, StringComparison.Ordinal);
        Assert.Contains("Kept text", outOfScale.Text, StringComparison.Ordinal);

        // The consensus form starts from the members' average (10 + 9 + 8) / 3 = 9.
        var consensusPath = $"/evaluations/{tenderId}/bids/{goodBid}/lots/1/consensus";
        Assert.Contains("value=\"9\"", (await chair.GetAsync(consensusPath)).Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await sessions[1].GetRawAsync(consensusPath)).StatusCode);
        await chair.SubmitAsync(consensusPath, consensusPath, ScoreFields(9, 10));
        var cheapConsensus = $"/evaluations/{tenderId}/bids/{cheapBid}/lots/1/consensus";
        await chair.SubmitAsync(cheapConsensus, cheapConsensus, ScoreFields(5, 5));

        var finalised = await chair.SubmitAsync($"/evaluations/{tenderId}", $"/evaluations/{tenderId}/finalise", new Dictionary<string, string>());
        Assert.Contains("The evaluation is finalised", finalised.Text, StringComparison.Ordinal);

        // Good: 100,000 / 125,000 × 60 = 48; 9 / 10 × 30 = 27; 10 / 10 × 10 = 10 → 85. Cheap: 60 + 15 + 5 = 80.
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var final = await scope.ServiceProvider.GetRequiredService<IEvaluationResults>().FinalAsync(tenderId, CancellationToken.None);
            Assert.Equal([(1, goodBid, 85m), (2, cheapBid, 80m)], final!.Lots.Single(l => l.LotNumber == 1).Ranking.Select(r => (r.Rank, r.BidId, r.TotalScore)));
        }

        var report = await officer.GetAsync($"/tenders/manage/{tenderId}/evaluation/report");
        Assert.Contains("100000 / 125000 × 60 = 48 → <strong>48.00</strong>", report.Html, StringComparison.Ordinal);
        Assert.Contains("9 / 10 × 30 = 27 → <strong>27.00</strong>", report.Html, StringComparison.Ordinal);
        Assert.Contains("<strong>85.00</strong>", report.Html, StringComparison.Ordinal);
        Assert.Contains("No conflict, declared", report.Text, StringComparison.Ordinal);
        Assert.Contains("Finalised", report.Text, StringComparison.Ordinal);
        using var auditor = await fixture.App.SignedInOfficerAsync("auditor@procurement.test");
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetRawAsync($"/tenders/manage/{tenderId}/evaluation/report")).StatusCode);
        using var otherAgency = await fixture.App.SignedInOfficerAsync("officer.county@procurement.test");
        Assert.Equal(HttpStatusCode.NotFound, (await otherAgency.GetRawAsync($"/tenders/manage/{tenderId}/evaluation/report")).StatusCode);
        foreach (var session in sessions)
        {
            session.Dispose();
        }
    }

    private async Task NameCommitteeOverHttpAsync(WebSession officer, Guid tenderId)
    {
        var ids = await fixture.App.UserIdsAsync(TestEvaluations.CommitteeEmails);
        var path = $"/tenders/manage/{tenderId}/evaluation";
        var tooFew = await officer.SubmitAsync(path, path, new Dictionary<string, string> { ["Form.Scale"] = nameof(ScoreScale.OutOfTen), ["Form.MemberIds[0]"] = ids[0].ToString(), ["Form.ChairId"] = ids[0].ToString() });
        Assert.Contains("Name at least 3 members", tooFew.Text, StringComparison.Ordinal);
        Assert.Matches($"id=\"member-{ids[0]}\"[^>]*checked", tooFew.Html);
        var fields = new Dictionary<string, string> { ["Form.Scale"] = nameof(ScoreScale.OutOfTen), ["Form.ChairId"] = ids[0].ToString() };
        for (var i = 0; i < ids.Length; i++)
        {
            fields[$"Form.MemberIds[{i}]"] = ids[i].ToString();
        }

        var named = await officer.SubmitAsync(path, path, fields);
        Assert.Contains("The committee is named", named.Text, StringComparison.Ordinal);
    }

    private static async Task DeclareAsync(WebSession member, Guid tenderId, bool conflict)
    {
        var declared = await member.SubmitAsync($"/evaluations/{tenderId}", $"/evaluations/{tenderId}/declaration", new Dictionary<string, string> { ["Form.HasConflict"] = conflict ? "true" : "false", ["Form.Statement"] = string.Empty });
        Assert.Contains("Your declaration of no conflict is recorded", declared.Text, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> ScoreFields(int technical, int social, string justification = "Meets the guidance.") => new()
    {
        ["Form.Scores[0].Criterion"] = "Technical merit",
        ["Form.Scores[0].Score"] = technical.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Form.Scores[0].Justification"] = justification,
        ["Form.Scores[1].Criterion"] = "Social value",
        ["Form.Scores[1].Score"] = social.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Form.Scores[1].Justification"] = justification,
    };
}
