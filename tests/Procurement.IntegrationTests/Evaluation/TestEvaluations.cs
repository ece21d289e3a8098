using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Procurement.Application.Evaluation;
using Procurement.Application.Tenders;
using Procurement.Domain.Bids;
using Procurement.Domain.Evaluation;
using Procurement.Infrastructure.Identity;
using Procurement.IntegrationTests.Identity;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Evaluation;

/// <summary>
/// Evaluations of opened tenders through the same use cases as the committee's pages, for tests of what follows them
/// (the award). The committee is the demo agency's three evaluators; the demo evaluator chairs.
/// </summary>
internal static class TestEvaluations
{
    public const string ChairEmail = "evaluator@procurement.test";
    public const string SecondEmail = "evaluator2@procurement.test";
    public const string ThirdEmail = "evaluator3@procurement.test";

    public static readonly string[] CommitteeEmails = [ChairEmail, SecondEmail, ThirdEmail];

    /// <summary>The user ids of <paramref name="emails"/>, in order.</summary>
    public static async Task<Guid[]> UserIdsAsync(this ProcurementAppFactory app, params string[] emails)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var ids = new List<Guid>();
        foreach (var email in emails)
        {
            ids.Add((await users.FindByEmailAsync(email))!.Id);
        }

        return [.. ids];
    }

    /// <summary>The demo officer names the committee of three (chair: the demo evaluator) on the 0–10 scale.</summary>
    public static async Task NameCommitteeAsync(this ProcurementAppFactory app, Guid tenderId, ScoreScale scale = ScoreScale.OutOfTen)
    {
        var committee = await app.UserIdsAsync(CommitteeEmails);
        await using var scope = app.Services.CreateAsyncScope();
        var officer = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(TestAccounts.DemoOfficer);
        var named = await scope.ServiceProvider.GetRequiredService<NameCommitteeHandler>().HandleAsync(
            new NameCommittee(new TenderActor(officer!.Id, officer.AgencyId, IsAdmin: false), tenderId, scale, committee, committee[0]), CancellationToken.None);
        Assert.True(named.Succeeded, string.Join("; ", named.Errors.Select(e => e.Message)));
    }

    /// <summary>
    /// Takes an opened tender to a finalised evaluation: names the committee, every member declares no conflict, the chair
    /// passes every intact bid (a bid in <paramref name="disqualify"/>, or one that failed its integrity check, fails with a
    /// reason), every member scores every non-price criterion of every qualified offer with <paramref name="score"/>
    /// (default 7), the chair agrees each score and finalises.
    /// </summary>
    public static async Task FinaliseAsync(
        this ProcurementAppFactory app, Guid tenderId, Func<OpenedBid, int, string, int>? score = null, IReadOnlyCollection<Guid>? disqualify = null)
    {
        score ??= (_, _, _) => 7;
        disqualify ??= [];
        await app.NameCommitteeAsync(tenderId);
        var committee = await app.UserIdsAsync(CommitteeEmails);
        var chair = committee[0];
        foreach (var member in committee)
        {
            await Run<DeclareInterestsHandler>(app, h => h.HandleAsync(new DeclareInterests(member, tenderId, HasConflict: false, null), CancellationToken.None));
        }

        var opening = await app.WithDbAsync(db => db.OpeningRecords.AsNoTracking().Include(r => r.Bids).ThenInclude(b => b.Lots).AsSplitQuery().SingleAsync(r => r.TenderId == tenderId));
        var criteria = await app.WithDbAsync(db => db.Tenders.AsNoTracking().Where(t => t.Id == tenderId).SelectMany(t => t.Criteria).Where(c => !c.IsPrice).Select(c => c.Name).ToListAsync());
        foreach (var bid in opening.Bids)
        {
            var passes = bid.Integrity == BidIntegrity.Intact && !disqualify.Contains(bid.BidId);
            await Run<RecordQualificationHandler>(app, h => h.HandleAsync(
                new RecordQualification(chair, tenderId, bid.BidId, passes, passes ? null : "Does not meet the selection criteria (test)."), CancellationToken.None));
            if (!passes || criteria.Count == 0)
            {
                continue;
            }

            foreach (var lot in bid.Lots.Select(l => l.LotNumber))
            {
                List<ScoreEntry> scores = [.. criteria.Select(c => new ScoreEntry(c, score(bid, lot, c), $"Scored {score(bid, lot, c)} against the {c} guidance."))];
                foreach (var member in committee)
                {
                    await Run<SubmitScoresHandler>(app, h => h.HandleAsync(new SubmitScores(member, tenderId, bid.BidId, lot, scores), CancellationToken.None));
                }

                await Run<SetConsensusHandler>(app, h => h.HandleAsync(new SetConsensus(chair, tenderId, bid.BidId, lot, scores), CancellationToken.None));
            }
        }

        await Run<FinaliseEvaluationHandler>(app, h => h.HandleAsync(new FinaliseEvaluation(chair, tenderId), CancellationToken.None));
    }

    /// <summary>A committee member signed in with the demo staff second factor.</summary>
    public static Task<WebSession> SignedInEvaluatorAsync(this ProcurementAppFactory app, string email = ChairEmail) =>
        Tenders.PublishedTenders.SignedInOfficerAsync(app, email);

    private static async Task Run<THandler>(ProcurementAppFactory app, Func<THandler, Task<TenderChange>> handle)
        where THandler : notnull
    {
        await using var scope = app.Services.CreateAsyncScope();
        var result = await handle(scope.ServiceProvider.GetRequiredService<THandler>());
        Assert.True(result.Succeeded, $"{typeof(THandler).Name}: " + (result.Found ? string.Join("; ", result.Errors.Select(e => e.Message)) : "not found"));
    }
}
