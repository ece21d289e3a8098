using Procurement.Application.Tenders.Ports;
using Procurement.Domain;
using Procurement.Domain.Tenders;

namespace Procurement.Application.Tenders;

/// <summary>Starts a draft tender for the officer's agency.</summary>
public sealed record CreateTenderDraft(TenderActor Actor, Guid AgencyId, TenderDetails Details);

/// <summary>Replaces a draft's details, lots and criteria.</summary>
public sealed record UpdateTenderDraft(TenderActor Actor, Guid TenderId, TenderDetails Details);

/// <summary>
/// Checks the details (shape in the domain; CPV codes and units against the reference data) and saves the draft with
/// its event in one transaction. Every problem comes back by form field, so nothing typed is lost.
/// </summary>
public sealed class DraftTenderHandler(ITenderRepository tenders, TimeProvider clock)
{
    public async Task<TenderChange> HandleAsync(CreateTenderDraft command, CancellationToken cancellationToken)
    {
        if (!command.Actor.IsAdmin && command.Actor.AgencyId != command.AgencyId)
        {
            return TenderChange.NotFound(Guid.Empty);
        }

        var now = clock.GetUtcNow();
        var errors = await ProblemsAsync(command.Details, now, cancellationToken);
        if (errors.Count > 0)
        {
            return TenderChange.Refused(Guid.Empty, errors);
        }

        var (tender, created) = Tender.Draft(command.AgencyId, command.Details, command.Actor.UserId, now);
        tenders.Add(tender);
        tenders.Record(created);
        await tenders.SaveAsync(cancellationToken);
        return TenderChange.Done(tender.Id);
    }

    public async Task<TenderChange> HandleAsync(UpdateTenderDraft command, CancellationToken cancellationToken)
    {
        var tender = await tenders.FindAsync(command.TenderId, cancellationToken);
        if (tender is null || !command.Actor.MayManage(tender))
        {
            return TenderChange.NotFound(command.TenderId);
        }

        var now = clock.GetUtcNow();
        var errors = await ProblemsAsync(command.Details, now, cancellationToken);
        if (errors.Count > 0)
        {
            return TenderChange.Refused(tender.Id, errors);
        }

        try
        {
            tenders.Record(tender.Edit(command.Details, command.Actor.UserId, now));
        }
        catch (DomainRuleException refused)
        {
            return TenderChange.Refused(tender.Id, refused.Message);
        }

        await tenders.SaveAsync(cancellationToken);
        return TenderChange.Done(tender.Id);
    }

    private Task<List<FieldError>> ProblemsAsync(TenderDetails details, DateTimeOffset now, CancellationToken cancellationToken) =>
        TenderReferenceData.ProblemsAsync(tenders, details.Problems(now), details, cancellationToken);
}
