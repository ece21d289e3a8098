using Procurement.Application.Awards.Ports;
using Procurement.Application.Evaluation.Ports;
using Procurement.Application.Scheduling.Ports;
using Procurement.Application.Tenders;
using Procurement.Application.Tenders.Ports;
using Procurement.Domain;
using Procurement.Domain.Awards;

namespace Procurement.Application.Awards;

/// <param name="Uphold">True to uphold the complaint (the decision is withdrawn and the evaluation reopened), false to reject it.</param>
public sealed record DecideComplaint(TenderActor Actor, Guid TenderId, Guid ComplaintId, bool Uphold, string? Reason);

/// <summary>
/// The contracting authority (an officer of the agency) or the review body (an administrator) decides a complaint, on
/// the tender's locked row. Upheld: the decision is superseded, other open complaints on it lapse, the tender goes back
/// to evaluation and the evaluation is reopened, all in one transaction; every bidder is told and the end of the
/// standstill is unscheduled. Rejected: the complainant is told; if the standstill has ended and no complaint remains
/// open, the award becomes final now.
/// </summary>
public sealed class DecideComplaintHandler(
    ITenderRepository tenders, IAwardRepository awards, IEvaluationRepository evaluations, AwardFinalisation finalisation, AwardNotices notices, IJobScheduler scheduler)
{
    public async Task<TenderChange> HandleAsync(DecideComplaint command, CancellationToken cancellationToken)
    {
        await using (var transaction = await tenders.BeginTransactionAsync(cancellationToken))
        {
            var tender = await tenders.FindForUpdateAsync(command.TenderId, cancellationToken);
            if (tender is null || !command.Actor.MayManage(tender))
            {
                return TenderChange.NotFound(command.TenderId);
            }

            var complaints = await awards.ComplaintsAsync(tender.Id, cancellationToken);
            var complaint = complaints.FirstOrDefault(c => c.Id == command.ComplaintId);
            var decision = await awards.StandingAsync(tender.Id, cancellationToken);
            if (complaint is null)
            {
                return TenderChange.NotFound(command.TenderId);
            }

            var now = await awards.ClockAsync(cancellationToken);
            try
            {
                if (command.Uphold)
                {
                    if (decision is null || decision.Id != complaint.DecisionId)
                    {
                        throw new DomainRuleException(complaint.IsOpen ? "The award decision this complaint contests is no longer standing." : "This complaint is already decided.");
                    }

                    awards.Record(complaint.Uphold(command.Reason, command.Actor.UserId, now));

                    foreach (var other in complaints.Where(c => c.IsOpen && c.DecisionId == decision.Id))
                    {
                        awards.Record(other.Lapse(command.Actor.UserId, now));
                        await notices.ComplaintDecidedAsync(tender, other, cancellationToken);
                    }

                    var reason = $"Complaint upheld: {complaint.DecisionReason}";
                    awards.Record(decision.Supersede(reason, command.Actor.UserId, now));
                    tenders.Record(tender.ReopenEvaluation(reason.Length > Domain.Tenders.Tender.MaxReopeningReasonLength ? reason[..Domain.Tenders.Tender.MaxReopeningReasonLength] : reason, command.Actor.UserId, now));
                    var evaluation = await evaluations.FindByTenderAsync(tender.Id, cancellationToken)
                        ?? throw new DomainRuleException("The tender has no evaluation to reopen.");
                    evaluations.Record(evaluation.Reopen(command.Actor.UserId, now));
                    await notices.WithdrawnAsync(tender, await awards.BiddersAsync(tender.Id, cancellationToken), complaint.DecisionReason!, cancellationToken);
                }
                else
                {
                    awards.Record(complaint.Reject(command.Reason, command.Actor.UserId, now));
                }
            }
            catch (DomainRuleException refused)
            {
                return TenderChange.Refused(tender.Id, [new FieldError(nameof(DecideComplaint.Reason), refused.Message)]);
            }

            await notices.ComplaintDecidedAsync(tender, complaint, cancellationToken);
            if (!command.Uphold && decision is not null && now >= decision.StandstillEndsAt && !complaints.Any(c => c.IsOpen && c.DecisionId == decision.Id))
            {
                await finalisation.FinaliseAsync(tender, decision, command.Actor.UserId, now, cancellationToken);
            }

            await tenders.SaveAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        if (command.Uphold)
        {
            await scheduler.CancelAsync(ScheduledWork.EndStandstill, command.TenderId, cancellationToken);
        }

        return TenderChange.Done(command.TenderId);
    }
}
