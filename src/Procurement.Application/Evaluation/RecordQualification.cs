using Procurement.Application.Tenders;
using Procurement.Domain;

namespace Procurement.Application.Evaluation;

/// <summary>The chair records whether an opened bid passes qualification, with the reason when it fails.</summary>
public sealed record RecordQualification(Guid UserId, Guid TenderId, Guid BidId, bool? Passes, string? Reason);

public sealed class RecordQualificationHandler(EvaluationWork work)
{
    public async Task<TenderChange> HandleAsync(RecordQualification command, CancellationToken cancellationToken)
    {
        await using var unitOfWork = work;
        await work.BeginAsync(command.TenderId, cancellationToken);
        if (work.Tender is not { } tender || work.Evaluation is not { } evaluation || !evaluation.MaySeeBids(command.UserId)
            || work.Opening?.Bids.SingleOrDefault(b => b.BidId == command.BidId) is not { } bid)
        {
            return TenderChange.NotFound(command.TenderId);
        }

        if (command.Passes is null)
        {
            return TenderChange.Refused(tender.Id, [new FieldError(nameof(command.Passes), "Choose whether the bid passes qualification.")]);
        }

        if (command.Passes == false && string.IsNullOrWhiteSpace(command.Reason))
        {
            return TenderChange.Refused(tender.Id, [new FieldError(nameof(command.Reason), "Give the reason the bid fails qualification, e.g. a missing certificate.")]);
        }

        try
        {
            work.Record(evaluation.Qualify(command.UserId, bid, command.Passes.Value, command.Reason, work.Now));
        }
        catch (DomainRuleException refused)
        {
            return TenderChange.Refused(tender.Id, refused.Message);
        }

        await work.CommitAsync(cancellationToken);
        return TenderChange.Done(tender.Id);
    }
}
