using Procurement.Application.Evaluation.Ports;
using Procurement.Application.Notifications.Ports;
using Procurement.Application.Tenders;
using Procurement.Domain;

namespace Procurement.Application.Evaluation;

/// <summary>A committee member signs the conflict-of-interest declaration for the tender: no conflict, or a conflict with its statement.</summary>
public sealed record DeclareInterests(Guid UserId, Guid TenderId, bool? HasConflict, string? Statement);

/// <summary>A declared conflict removes the member; the agency's officers are told, so that they can add a member or name a new chair.</summary>
public sealed class DeclareInterestsHandler(EvaluationWork work, IEvaluationStaff staff, INotifications notifications, IEvaluationLinks links)
{
    public async Task<TenderChange> HandleAsync(DeclareInterests command, CancellationToken cancellationToken)
    {
        await using var unitOfWork = work;
        await work.BeginAsync(command.TenderId, cancellationToken);
        if (work.Tender is not { } tender || work.Evaluation is not { } evaluation || evaluation.MemberOf(command.UserId) is not { } member)
        {
            return TenderChange.NotFound(command.TenderId);
        }

        if (command.HasConflict is null)
        {
            return TenderChange.Refused(tender.Id, [new FieldError(nameof(command.HasConflict), "Choose whether you have a conflict of interest with any bidder.")]);
        }

        if (command.HasConflict == true && string.IsNullOrWhiteSpace(command.Statement))
        {
            return TenderChange.Refused(tender.Id, [new FieldError(nameof(command.Statement), "Describe the conflict of interest: which bidder, and how you are connected.")]);
        }

        try
        {
            work.Record(evaluation.Declare(command.UserId, command.HasConflict.Value, command.Statement, work.Now));
        }
        catch (DomainRuleException refused)
        {
            return TenderChange.Refused(tender.Id, refused.Message);
        }

        if (command.HasConflict == true)
        {
            var officers = await staff.OfficersAsync(tender.AgencyId, cancellationToken);
            await notifications.NotifyAsync(officers, new Notice(
                $"Conflict of interest declared: {tender.Reference} {tender.Title}",
                $"{member.Name} declared a conflict of interest and has left the committee evaluating {tender.Reference}, \"{tender.Title}\"."
                    + (evaluation.Chair is null ? " They chaired it: name a new chair." : " Add a member if the committee is now too small."),
                links.OfficerPage(tender.Id)), cancellationToken);
        }

        await work.CommitAsync(cancellationToken);
        return TenderChange.Done(tender.Id);
    }
}
