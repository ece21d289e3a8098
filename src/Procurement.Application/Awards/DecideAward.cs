using Procurement.Application.Awards.Ports;
using Procurement.Application.Evaluation.Ports;
using Procurement.Application.Scheduling.Ports;
using Procurement.Application.Tenders;
using Procurement.Application.Tenders.Ports;
using Procurement.Domain;
using Procurement.Domain.Awards;
using Procurement.Domain.Tenders;

namespace Procurement.Application.Awards;

/// <summary>The officer's award decision: per lot, the chosen ranked bid (with a justification when not the top-ranked) or the reason it is unsuccessful.</summary>
public sealed record DecideAward(TenderActor Actor, Guid TenderId, IReadOnlyList<LotChoice> Choices);

/// <summary>
/// Makes the award decision on the finalised evaluation, on the tender's locked row: the standstill end is computed
/// from the database time of the decision, the tender enters its standstill, every bidder is told its own result and
/// the winners' prices in the same transaction, and the end of the standstill is scheduled.
/// </summary>
public sealed class DecideAwardHandler(
    ITenderRepository tenders, IAwardRepository awards, IEvaluationResults evaluations, AwardNotices notices, AwardSettings settings, IJobScheduler scheduler)
{
    public async Task<TenderChange> HandleAsync(DecideAward command, CancellationToken cancellationToken)
    {
        DateTimeOffset ends;
        await using (var transaction = await tenders.BeginTransactionAsync(cancellationToken))
        {
            var tender = await tenders.FindForUpdateAsync(command.TenderId, cancellationToken);
            if (tender is null || !command.Actor.MayManage(tender))
            {
                return TenderChange.NotFound(command.TenderId);
            }

            if (tender.Status != TenderStatus.Evaluation)
            {
                return TenderChange.Refused(tender.Id, tender.Status == TenderStatus.Standstill
                    ? "The award is already decided; its standstill period is running."
                    : "An award can be decided only while the tender is in evaluation.");
            }

            if (await evaluations.FinalAsync(tender.Id, cancellationToken) is not { } evaluation)
            {
                return TenderChange.Refused(tender.Id, "The evaluation is not finalised: the committee's chair finalises it before the award is decided.");
            }

            var candidates = Candidates(evaluation);
            var errors = LotErrors(candidates, command.Choices);
            if (errors.Count > 0)
            {
                return TenderChange.Refused(tender.Id, errors);
            }

            var now = await awards.ClockAsync(cancellationToken);
            ends = settings.Standstill.EndFor(now);
            var round = (await awards.DecisionsAsync(tender.Id, cancellationToken)).Count + 1;
            AwardDecision decision;
            try
            {
                (decision, var decided) = AwardDecision.Decide(tender.Id, round, candidates, command.Choices, ends, command.Actor.UserId, now);
                tenders.Record(tender.DecideAward(ends, command.Actor.UserId, now));
                awards.Add(decision);
                awards.Record(decided);
            }
            catch (DomainRuleException refused)
            {
                return TenderChange.Refused(tender.Id, refused.Message);
            }

            await notices.DecisionAsync(tender, decision, evaluation, cancellationToken);
            await tenders.SaveAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await scheduler.ScheduleAsync(ScheduledWork.EndStandstill, command.TenderId, ends, cancellationToken);
        return TenderChange.Done(command.TenderId);
    }

    public static IReadOnlyList<LotCandidates> Candidates(FinalEvaluation evaluation) =>
        [.. evaluation.Lots.OrderBy(lot => lot.LotNumber).Select(lot => new LotCandidates(
            lot.LotId, lot.LotNumber, lot.LotTitle,
            [.. lot.Ranking.Select(bid => new AwardCandidate(bid.BidId, bid.SupplierId, bid.SupplierName, bid.Rank, bid.Price, bid.Currency))],
            lot.Ranking.Count + lot.Disqualified.Count))];

    /// <summary>Each lot's choice checked on its own, so each problem is shown next to its lot (field <c>Lots[i].BidId</c> or the lot's reason).</summary>
    private static List<FieldError> LotErrors(IReadOnlyList<LotCandidates> candidates, IReadOnlyList<LotChoice> choices)
    {
        var errors = new List<FieldError>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var lot = candidates[i];
            var choice = choices.Where(c => c.LotId == lot.LotId).ToList();
            if (choice.Count != 1)
            {
                errors.Add(new FieldError($"Lots[{i}].Choice", $"Decide lot {lot.LotNumber}, {lot.LotTitle}: award it to a bid or declare it unsuccessful."));
                continue;
            }

            try
            {
                AwardDecision.Decide(Guid.Empty, 1, [lot], choice, DateTimeOffset.MaxValue, Guid.Empty, DateTimeOffset.MinValue);
            }
            catch (DomainRuleException refused)
            {
                var field = choice[0].BidId is null ? "UnsuccessfulReason" : "Justification";
                errors.Add(new FieldError($"Lots[{i}].{field}", refused.Message));
            }
        }

        return errors;
    }
}
