using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Procurement.Application.Evaluation.Ports;
using Procurement.Domain.Tenders;
using Procurement.IntegrationTests.Bids;
using Procurement.IntegrationTests.Evaluation;
using Procurement.IntegrationTests.Identity;
using Procurement.IntegrationTests.Tenders;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Transparency;

/// <summary>
/// A tender's whole life on the real app and scheduler: published (by the use case, for a deadline to the second), bid
/// for over HTTP, opened by the scheduled job, evaluated and awarded on the committee's and officer's pages, its
/// standstill (a few seconds here) ended by the scheduled job, and its award notice public.
/// </summary>
public sealed class TenderLifecycleTests(AppFixture fixture)
{
    private static readonly TimeSpan Standstill = TimeSpan.FromSeconds(6);

    [Fact]
    public async Task A_tender_runs_from_publication_to_a_published_award_notice_over_http()
    {
        await using var app = new ProcurementAppFactory(
            await fixture.Postgres.CreateDatabaseAsync("tender-lifecycle"),
            new Dictionary<string, string> { ["Awards:StandstillPeriod"] = Standstill.ToString() });
        app.StartServer();
        var (tenderId, reference, deadline) = await app.PublishAsync(TimeSpan.FromSeconds(25), lots: 1);
        var (cheaper, cheaperId, _) = await app.SignedInBidderAsync("Cheaper");
        var (dearer, _, _) = await app.SignedInBidderAsync("Dearer");
        using var s1 = cheaper;
        using var s2 = dearer;
        Assert.Contains("Your bid was sealed and received", (await cheaper.SubmitAsync($"/tenders/{reference}/bid", $"/tenders/{reference}/bid", TestTenders.Offer("41000").Submitting())).Text, StringComparison.Ordinal);
        Assert.Contains("Your bid was sealed and received", (await dearer.SubmitAsync($"/tenders/{reference}/bid", $"/tenders/{reference}/bid", TestTenders.Offer("45500").Submitting())).Text, StringComparison.Ordinal);

        var opening = await app.OpenedEventuallyAsync(tenderId, deadline - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(60));
        Assert.Equal(2, opening.Bids.Count);

        using var officer = await app.SignedInOfficerAsync(TestAccounts.DemoOfficer);
        var committee = await app.UserIdsAsync(TestEvaluations.CommitteeEmails);
        var fields = new Dictionary<string, string> { ["Form.Scale"] = "OutOfTen", ["Form.ChairId"] = committee[0].ToString() };
        for (var i = 0; i < committee.Length; i++)
        {
            fields[$"Form.MemberIds[{i}]"] = committee[i].ToString();
        }

        Assert.Contains("The committee is named", (await officer.SubmitAsync($"/tenders/manage/{tenderId}/evaluation", $"/tenders/manage/{tenderId}/evaluation", fields)).Text, StringComparison.Ordinal);
        var members = new List<WebSession>();
        foreach (var email in TestEvaluations.CommitteeEmails)
        {
            var member = await app.SignedInEvaluatorAsync(email);
            members.Add(member);
            var declared = await member.SubmitAsync($"/evaluations/{tenderId}", $"/evaluations/{tenderId}/declaration", new Dictionary<string, string> { ["Form.HasConflict"] = "false", ["Form.Statement"] = string.Empty });
            Assert.Contains("Your declaration of no conflict is recorded", declared.Text, StringComparison.Ordinal);
        }

        var chair = members[0];
        foreach (var bid in opening.Bids)
        {
            var path = $"/evaluations/{tenderId}/bids/{bid.BidId}/qualification";
            Assert.Contains("The qualification decision is recorded", (await chair.SubmitAsync(path, path, new Dictionary<string, string> { ["Form.Passes"] = "true", ["Form.Reason"] = string.Empty })).Text, StringComparison.Ordinal);
        }

        Assert.Contains("The evaluation is finalised", (await chair.SubmitAsync($"/evaluations/{tenderId}", $"/evaluations/{tenderId}/finalise", new Dictionary<string, string>())).Text, StringComparison.Ordinal);
        LotEvaluation lot;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            lot = (await scope.ServiceProvider.GetRequiredService<IEvaluationResults>().FinalAsync(tenderId, CancellationToken.None))!.Lots.Single();
        }

        Assert.Equal(cheaperId, lot.Ranking[0].SupplierId);
        var decided = await officer.SubmitAsync($"/tenders/manage/{tenderId}/award", $"/tenders/manage/{tenderId}/award", new Dictionary<string, string>
        {
            ["Form.Lots[0].LotId"] = lot.LotId.ToString(),
            ["Form.Lots[0].Choice"] = lot.Ranking[0].BidId.ToString(),
        });
        Assert.Contains("The award decision was sent to every bidder", decided.Text, StringComparison.Ordinal);
        using var visitor = new WebSession(app);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/awards/{reference}")).Status);

        Assert.Equal(TenderStatus.Awarded, await AwardedEventuallyAsync(app, tenderId));
        var notice = await visitor.GetAsync($"/awards/{reference}");
        Assert.Equal(HttpStatusCode.OK, notice.Status);
        Assert.Contains("Cheaper", notice.Text, StringComparison.Ordinal);
        Assert.Contains("GBP 41,000.00", notice.Text, StringComparison.Ordinal);
        Assert.Contains(reference, (await visitor.GetAsync("/awards.atom")).Html, StringComparison.Ordinal);
        var record = await visitor.GetAsync($"/api/ocds/records/ocds-prc000-{reference}");
        Assert.Equal(HttpStatusCode.OK, record.Status);
        foreach (var member in members)
        {
            member.Dispose();
        }
    }

    private static async Task<TenderStatus> AwardedEventuallyAsync(ProcurementAppFactory app, Guid tenderId)
    {
        var until = DateTime.UtcNow + Standstill + TimeSpan.FromSeconds(60);
        while (true)
        {
            var status = await app.WithDbAsync(db => db.Tenders.AsNoTracking().Where(t => t.Id == tenderId).Select(t => t.Status).SingleAsync());
            if (status != TenderStatus.Standstill || DateTime.UtcNow > until)
            {
                return status;
            }

            await Task.Delay(250);
        }
    }
}
