using Procurement.Application.Evaluation.Ports;
using Procurement.Application.Notifications.Ports;
using Procurement.Application.Tenders;
using Procurement.Domain;

namespace Procurement.Application.Evaluation;

/// <summary>The chair finalises the evaluation; the agency's officers are told that the ranking is ready for the award decision.</summary>
public sealed record FinaliseEvaluation(Guid UserId, Guid TenderId);

public sealed class FinaliseEvaluationHandler(EvaluationWork work, IEvaluationStaff staff, INotifications notifications, IEvaluationLinks links, EvaluationSettings settings)
{
    public async Task<TenderChange> HandleAsync(FinaliseEvaluation command, CancellationToken cancellationToken)
    {
        await using var unitOfWork = work;
        await work.BeginAsync(command.TenderId, cancellationToken);
        if (work.Tender is not { } tender || work.Evaluation is not { } evaluation || !evaluation.MaySeeBids(command.UserId) || work.Opening is not { } opening)
        {
            return TenderChange.NotFound(command.TenderId);
        }

        try
        {
            work.Record(evaluation.Finalise(command.UserId, tender, opening, settings.MinimumCommitteeMembers, work.Now));
        }
        catch (DomainRuleException refused)
        {
            return TenderChange.Refused(tender.Id, refused.Message);
        }

        var officers = await staff.OfficersAsync(tender.AgencyId, cancellationToken);
        await notifications.NotifyAsync(officers, new Notice(
            $"Evaluation finalised: {tender.Reference} {tender.Title}",
            $"The committee's chair has finalised the evaluation of {tender.Reference}, \"{tender.Title}\". The ranking per lot is ready for the award decision.",
            links.OfficerPage(tender.Id)), cancellationToken);
        await work.CommitAsync(cancellationToken);
        return TenderChange.Done(tender.Id);
    }
}
