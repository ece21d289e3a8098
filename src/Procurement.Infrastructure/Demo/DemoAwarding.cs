using Microsoft.EntityFrameworkCore;
using Procurement.Application.Awards;
using Procurement.Application.Evaluation;
using Procurement.Application.Evaluation.Ports;
using Procurement.Application.Tenders;
using Procurement.Domain.Awards;
using Procurement.Domain.Evaluation;
using Procurement.Domain.Tenders;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Demo;

/// <summary>
/// Takes an opened demo tender through its evaluation and award with the use cases a committee and an officer use, a
/// few days apart after the deadline: the agency's three demo evaluators (the one without a number chairs) declare no conflict, qualify
/// every bid and score it, the chair finalises, the officer awards each lot to the top-ranked bid (or declares it
/// unsuccessful), and for a past standstill the award is made final and the contract's signature recorded.
/// </summary>
public sealed class DemoAwarding(
    ProcurementDbContext db,
    NameCommitteeHandler committee,
    DeclareInterestsHandler declarations,
    RecordQualificationHandler qualification,
    SubmitScoresHandler scores,
    FinaliseEvaluationHandler finalisation,
    IEvaluationResults results,
    DemoAwardDecision award)
{
    public async Task EvaluateAsync(Tender tender, TenderActor officer, DemoStory story, CancellationToken cancellationToken)
    {
        var deadline = tender.SubmissionDeadline;
        var members = await db.Users
            .Where(user => user.AgencyId == tender.AgencyId && user.Email!.StartsWith("evaluator"))
            .OrderBy(user => user.Email!.Length).ThenBy(user => user.Email).Select(user => user.Id).ToListAsync(cancellationToken);
        var chair = members[0];
        using (DemoTime.At(deadline.AddDays(1)))
        {
            Check(await committee.HandleAsync(new NameCommittee(officer, tender.Id, ScoreScale.OutOfTen, members, chair), cancellationToken), tender);
        }

        using (DemoTime.At(deadline.AddDays(1).AddHours(2)))
        {
            foreach (var member in members)
            {
                Check(await declarations.HandleAsync(new DeclareInterests(member, tender.Id, HasConflict: false, null), cancellationToken), tender);
            }
        }

        var bids = await db.OpeningRecords.Where(o => o.TenderId == tender.Id).SelectMany(o => o.Bids).OrderBy(b => b.ReceivedAt).ToListAsync(cancellationToken);
        var criteria = tender.Criteria.Where(c => !c.IsPrice).Select(c => c.Name).ToList();
        using (DemoTime.At(deadline.AddDays(2)))
        {
            foreach (var bid in bids)
            {
                Check(await qualification.HandleAsync(new RecordQualification(chair, tender.Id, bid.BidId, Passes: true, null), cancellationToken), tender);
                foreach (var lot in bid.Lots.Where(_ => criteria.Count > 0))
                {
                    foreach (var (member, index) in members.Select((member, index) => (member, index)))
                    {
                        var entries = criteria.Select(c => new ScoreEntry(c, Score(bid.SupplierName, c, index), "Assessed against the published scoring guidance.")).ToList();
                        Check(await scores.HandleAsync(new SubmitScores(member, tender.Id, bid.BidId, lot.LotNumber, entries), cancellationToken), tender);
                    }
                }
            }
        }

        if (story.Stage == DemoStage.Evaluation)
        {
            return;
        }

        using (DemoTime.At(deadline.AddDays(3)))
        {
            foreach (var bid in bids)
            {
                foreach (var lot in bid.Lots.Where(_ => criteria.Count > 0))
                {
                    var entries = criteria.Select(c => new ScoreEntry(c, Score(bid.SupplierName, c, member: 0), "Consensus of the committee after discussion.")).ToList();
                    Check(await scores.HandleAsync(new SubmitScores(chair, tender.Id, bid.BidId, lot.LotNumber, entries, Consensus: true), cancellationToken), tender);
                }
            }
        }

        using (DemoTime.At(deadline.AddDays(4)))
        {
            Check(await finalisation.HandleAsync(new FinaliseEvaluation(chair, tender.Id), cancellationToken), tender);
        }

        var final = await results.FinalAsync(tender.Id, cancellationToken)
            ?? throw new InvalidOperationException($"Demo tender “{tender.Title}” has no final evaluation.");
        await award.DecideAsync(tender, officer, story, final, cancellationToken);
    }

    /// <summary>A stable score from 5 to 9 per company, criterion and member, so rankings differ from prices alone.</summary>
    private static decimal Score(string supplier, string criterion, int member) =>
        5 + (Math.Abs(StableHash(supplier + "|" + criterion)) + member) % 5;

    private static int StableHash(string text) => text.Aggregate(17, (hash, c) => unchecked((hash * 31) + c));

    internal static void Check(TenderChange change, Tender tender)
    {
        if (!change.Succeeded)
        {
            throw new InvalidOperationException($"Demo tender “{tender.Title}” was refused: {string.Join(" ", change.Errors.Select(e => $"{e.Field}: {e.Message}"))}");
        }
    }
}
