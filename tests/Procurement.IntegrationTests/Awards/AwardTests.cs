using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Procurement.Application.Awards;
using Procurement.Application.Awards.Ports;
using Procurement.Application.Evaluation.Ports;
using Procurement.Domain.Awards;
using Procurement.Domain.Tenders;
using Procurement.IntegrationTests.Bids;
using Procurement.IntegrationTests.Evaluation;
using Procurement.IntegrationTests.Tenders;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Awards;

/// <summary>
/// The award from decision to contract on the real app and scheduler, with a standstill of a few seconds
/// (<c>Awards:StandstillPeriod</c>): each test publishes a one-lot tender, two bidders bid, the scheduler opens it, the
/// evaluation is finalised and the officer decides the award on its page.
/// </summary>
public sealed class AwardTests(AppFixture fixture)
{
    private static readonly TimeSpan Standstill = TimeSpan.FromSeconds(8);

    [Fact]
    public async Task The_scheduler_ends_the_standstill_makes_the_award_final_creates_the_contract_and_publishes_the_notice()
    {
        await using var app = await StartAsync("award-final");
        var award = await DecidedAsync(app);

        var decision = await app.WithDbAsync(db => db.AwardDecisions.AsNoTracking().SingleAsync(d => d.TenderId == award.TenderId));
        Assert.Equal(AwardDecisionStatus.Standstill, decision.Status);
        Assert.Equal(decision.DecidedAt + Standstill, decision.StandstillEndsAt);
        Assert.Equal(award.Alpha.SupplierId, decision.Lots.Single().SupplierId);

        // Each bidder is told its own result and scores, and the winner's price; never the other's scores.
        var beta = await NoticeToAsync(app, award.Beta.SupplierId, "Award decision");
        Assert.Contains("Your bid: rank 2 of 2 qualified bids; price GBP 1,200.00.", beta, StringComparison.Ordinal);
        Assert.Contains("price 83.33, quality 0.00, total 83.33", beta, StringComparison.Ordinal);
        Assert.Contains("for GBP 1,000.00", beta, StringComparison.Ordinal);
        Assert.DoesNotContain("rank 1", beta, StringComparison.Ordinal);
        var alpha = await NoticeToAsync(app, award.Alpha.SupplierId, "Award decision");
        Assert.Contains("Your bid: rank 1 of 2", alpha, StringComparison.Ordinal);
        Assert.DoesNotContain("83.33", alpha, StringComparison.Ordinal);

        var result = await award.Beta.Session.GetAsync($"/tenders/{award.Reference}/result");
        Assert.Contains("Lodge a complaint", result.Text, StringComparison.Ordinal);
        Assert.Contains("Awarded to", result.Text, StringComparison.Ordinal);

        var tender = await FinalEventuallyAsync(app, award.TenderId);
        Assert.Equal(TenderStatus.Awarded, tender.Status);
        var contract = await app.WithDbAsync(db => db.Contracts.AsNoTracking().SingleAsync(c => c.TenderId == award.TenderId));
        Assert.Equal(award.Alpha.SupplierId, contract.SupplierId);
        Assert.Equal(1_000m, contract.Amount);
        Assert.Contains("Award final", await NoticeToAsync(app, award.Alpha.SupplierId, "Award final"), StringComparison.Ordinal);

        await using var scope = app.Services.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<IAwardCatalog>();
        var notice = await catalog.NoticeAsync(award.Reference, CancellationToken.None);
        Assert.NotNull(notice);
        var lot = Assert.Single(notice.Lots);
        Assert.Equal(award.Alpha.SupplierId, lot.SupplierId);
        Assert.Equal(1_000m, lot.Amount);
        Assert.Equal(2, lot.BidsReceived);
        Assert.Equal("45233141-9", lot.CpvCode);
        Assert.Single(notice.Contracts);
        var listed = await catalog.ListNoticesAsync(new AwardNoticeFilter(CpvDivision: "45", ValueMin: 999m, PageSize: 100), CancellationToken.None);
        Assert.Contains(listed.Notices, n => n.TenderReference == award.Reference && n.AwardedValue == 1_000m);
        Assert.DoesNotContain((await catalog.ListNoticesAsync(new AwardNoticeFilter(CpvDivision: "03", PageSize: 100), CancellationToken.None)).Notices, n => n.TenderReference == award.Reference);
        Assert.Contains((await catalog.ContractsAsync(new ContractFilter(SupplierId: award.Alpha.SupplierId), CancellationToken.None)).Contracts, c => c.ContractId == contract.Id);

        // The officer records the signature and uploads the signed PDF.
        var officer = award.Officer;
        var signedOn = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var recorded = await officer.UploadAsync(
            $"/tenders/manage/{award.TenderId}/contracts/{contract.Id}", $"/tenders/manage/{award.TenderId}/contracts/{contract.Id}",
            new Dictionary<string, string> { ["Form.SignedOn"] = signedOn, ["Form.PeriodStart"] = signedOn, ["Form.PeriodEnd"] = "2030-12-31" },
            "Form.Document", "signed.pdf", "application/pdf", "%PDF-1.7\nsigned\n"u8.ToArray());
        Assert.Contains("The signature, contract period and signed contract are recorded.", recorded.Text, StringComparison.Ordinal);
        Assert.True((await app.WithDbAsync(db => db.Contracts.AsNoTracking().SingleAsync(c => c.Id == contract.Id))).IsSigned);
    }

    [Fact]
    public async Task An_open_complaint_blocks_the_end_of_the_standstill_and_its_rejection_afterwards_makes_the_award_final()
    {
        await using var app = await StartAsync("award-complaint");
        var award = await DecidedAsync(app);

        var lodged = await award.Beta.Session.SubmitAsync(
            $"/tenders/{award.Reference}/result", $"/tenders/{award.Reference}/result/complaint",
            new Dictionary<string, string> { ["Form.Text"] = "The price of the winning bid is abnormally low." });
        Assert.Contains("Your complaint was lodged.", lodged.Text, StringComparison.Ordinal);
        var complaint = await app.WithDbAsync(db => db.Complaints.AsNoTracking().SingleAsync(c => c.TenderId == award.TenderId));
        Assert.True(complaint.IsOpen);

        // The scheduled end passes; the award waits for the complaint.
        var decision = await app.WithDbAsync(db => db.AwardDecisions.AsNoTracking().SingleAsync(d => d.TenderId == award.TenderId));
        await Task.Delay(decision.StandstillEndsAt - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(3));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var ended = await scope.ServiceProvider.GetRequiredService<EndStandstillHandler>().HandleAsync(new EndStandstill(award.TenderId), CancellationToken.None);
            Assert.Equal(StandstillOutcome.BlockedByComplaint, ended.Outcome);
        }

        Assert.Equal(TenderStatus.Standstill, await StatusAsync(app, award.TenderId));
        Assert.Empty(await app.WithDbAsync(db => db.Contracts.AsNoTracking().Where(c => c.TenderId == award.TenderId).ToListAsync()));

        var rejected = await award.Officer.SubmitAsync(
            $"/tenders/manage/{award.TenderId}/complaints", $"/tenders/manage/{award.TenderId}/complaints/{complaint.Id}",
            new Dictionary<string, string> { ["Form.Outcome"] = "reject", ["Form.Reason"] = "The price was checked and explained under Article 69." });
        Assert.Contains("The complaint is rejected", rejected.Text, StringComparison.Ordinal);

        Assert.Equal(TenderStatus.Awarded, await StatusAsync(app, award.TenderId));
        Assert.Single(await app.WithDbAsync(db => db.Contracts.AsNoTracking().Where(c => c.TenderId == award.TenderId).ToListAsync()));
        Assert.Contains("Article 69", await NoticeToAsync(app, award.Beta.SupplierId, "Complaint rejected"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upheld_complaint_withdraws_the_decision_and_reopens_the_evaluation()
    {
        await using var app = await StartAsync("award-upheld");
        var award = await DecidedAsync(app);
        await award.Beta.Session.SubmitAsync(
            $"/tenders/{award.Reference}/result", $"/tenders/{award.Reference}/result/complaint",
            new Dictionary<string, string> { ["Form.Text"] = "My bid was scored on the wrong price." });
        var complaint = await app.WithDbAsync(db => db.Complaints.AsNoTracking().SingleAsync(c => c.TenderId == award.TenderId));

        var missingReason = await award.Officer.SubmitAsync(
            $"/tenders/manage/{award.TenderId}/complaints", $"/tenders/manage/{award.TenderId}/complaints/{complaint.Id}",
            new Dictionary<string, string> { ["Form.Outcome"] = "uphold", ["Form.Reason"] = string.Empty });
        Assert.Contains("Give the reason for the decision", missingReason.Text, StringComparison.Ordinal);
        Assert.Equal(TenderStatus.Standstill, await StatusAsync(app, award.TenderId));

        var upheld = await award.Officer.SubmitAsync(
            $"/tenders/manage/{award.TenderId}/complaints", $"/tenders/manage/{award.TenderId}/complaints/{complaint.Id}",
            new Dictionary<string, string> { ["Form.Outcome"] = "uphold", ["Form.Reason"] = "The price of lot 1 was misread." });
        Assert.Contains("The complaint is upheld", upheld.Text, StringComparison.Ordinal);

        Assert.Equal(TenderStatus.Evaluation, await StatusAsync(app, award.TenderId));
        var decision = await app.WithDbAsync(db => db.AwardDecisions.AsNoTracking().SingleAsync(d => d.TenderId == award.TenderId));
        Assert.Equal(AwardDecisionStatus.Superseded, decision.Status);
        Assert.False((await app.WithDbAsync(db => db.TenderEvaluations.AsNoTracking().SingleAsync(e => e.TenderId == award.TenderId))).IsFinalised);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.Null(await scope.ServiceProvider.GetRequiredService<IEvaluationResults>().FinalAsync(award.TenderId, CancellationToken.None));
        }

        Assert.Contains("Award decision withdrawn", await NoticeToAsync(app, award.Alpha.SupplierId, "Award decision withdrawn"), StringComparison.Ordinal);

        // The old end of the standstill passes without effect; the tender stays in evaluation for a new decision.
        await Task.Delay(decision.StandstillEndsAt - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(2));
        Assert.Equal(TenderStatus.Evaluation, await StatusAsync(app, award.TenderId));
        Assert.Equal(HttpStatusCode.OK, (await award.Officer.GetAsync($"/tenders/manage/{award.TenderId}/award")).Status);
    }

    private async Task<ProcurementAppFactory> StartAsync(string name)
    {
        var app = new ProcurementAppFactory(
            await fixture.Postgres.CreateDatabaseAsync(name),
            new Dictionary<string, string> { ["Awards:StandstillPeriod"] = Standstill.ToString() });
        app.StartServer();
        return app;
    }

    private sealed record Bidder(WebSession Session, Guid SupplierId);

    private sealed record DecidedAward(Guid TenderId, string Reference, Bidder Alpha, Bidder Beta, WebSession Officer);

    /// <summary>Publishes, takes two bids (Alpha cheaper), waits for the opening, finalises the evaluation and decides on the award page.</summary>
    private static async Task<DecidedAward> DecidedAsync(ProcurementAppFactory app)
    {
        var (alphaSession, alphaId, _) = await app.SignedInBidderAsync("Alpha");
        var (betaSession, betaId, _) = await app.SignedInBidderAsync("Beta");
        var (tenderId, reference, _) = await app.PublishAsync(TimeSpan.FromSeconds(8), lots: 1);
        await alphaSession.SubmitAsync($"/tenders/{reference}/bid", $"/tenders/{reference}/bid", TestTenders.Offer("1000").Submitting());
        await betaSession.SubmitAsync($"/tenders/{reference}/bid", $"/tenders/{reference}/bid", TestTenders.Offer("1200").Submitting());
        Assert.Equal(2, (await app.OpenedEventuallyAsync(tenderId, TimeSpan.FromSeconds(60))).Bids.Count);
        await app.FinaliseAsync(tenderId);

        var officer = await app.SignedInOfficerAsync();
        var page = await officer.GetAsync($"/tenders/manage/{tenderId}/award");
        Assert.Contains("Confirm the award decision", page.Text, StringComparison.Ordinal);
        FinalEvaluation evaluation;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            evaluation = (await scope.ServiceProvider.GetRequiredService<IEvaluationResults>().FinalAsync(tenderId, CancellationToken.None))!;
        }

        var lot = evaluation.Lots.Single();
        var second = lot.Ranking.Single(b => b.Rank == 2);
        var unjustified = await officer.SubmitAsync($"/tenders/manage/{tenderId}/award", $"/tenders/manage/{tenderId}/award", new Dictionary<string, string>
        {
            ["Form.Lots[0].LotId"] = lot.LotId.ToString(),
            ["Form.Lots[0].Choice"] = second.BidId.ToString(),
            ["Form.Lots[0].Justification"] = string.Empty,
        });
        Assert.Contains("not ranked first: record the justification", unjustified.Text, StringComparison.Ordinal);
        Assert.Equal(TenderStatus.Evaluation, await StatusAsync(app, tenderId));

        var decided = await officer.SubmitAsync($"/tenders/manage/{tenderId}/award", $"/tenders/manage/{tenderId}/award", new Dictionary<string, string>
        {
            ["Form.Lots[0].LotId"] = lot.LotId.ToString(),
            ["Form.Lots[0].Choice"] = lot.Ranking.Single(b => b.Rank == 1).BidId.ToString(),
        });
        Assert.Contains("The award decision was sent to every bidder", decided.Text, StringComparison.Ordinal);
        Assert.Equal(alphaId, lot.Ranking.Single(b => b.Rank == 1).SupplierId);
        return new DecidedAward(tenderId, reference, new Bidder(alphaSession, alphaId), new Bidder(betaSession, betaId), officer);
    }

    private static Task<TenderStatus> StatusAsync(ProcurementAppFactory app, Guid tenderId) =>
        app.WithDbAsync(db => db.Tenders.AsNoTracking().Where(t => t.Id == tenderId).Select(t => t.Status).SingleAsync());

    private static async Task<Tender> FinalEventuallyAsync(ProcurementAppFactory app, Guid tenderId)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            var tender = await app.WithDbAsync(db => db.Tenders.AsNoTracking().SingleAsync(t => t.Id == tenderId));
            if (tender.Status != TenderStatus.Standstill)
            {
                return tender;
            }

            Assert.True(DateTime.UtcNow < until, "The scheduler did not end the standstill within 60 seconds.");
            await Task.Delay(250);
        }
    }

    /// <summary>The text of the newest in-app notice to the supplier's users whose title starts with <paramref name="title"/>.</summary>
    private static Task<string> NoticeToAsync(ProcurementAppFactory app, Guid supplierId, string title) =>
        app.WithDbAsync(async db =>
        {
            var users = await db.Users.Where(u => u.SupplierId == supplierId).Select(u => u.Id).ToListAsync();
            return await db.Notifications.AsNoTracking()
                .Where(n => users.Contains(n.UserId) && n.Title.StartsWith(title))
                .OrderByDescending(n => n.CreatedAt)
                .Select(n => n.Title + "\n" + n.Text)
                .FirstAsync();
        });
}
