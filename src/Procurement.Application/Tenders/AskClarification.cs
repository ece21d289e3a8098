using Procurement.Application.Tenders.Ports;
using Procurement.Domain;
using Procurement.Domain.Tenders;

namespace Procurement.Application.Tenders;

/// <summary>A supplier's user asks a question about a published tender; only the tender's officers see who asked.</summary>
public sealed record AskClarification(Guid TenderId, Guid SupplierId, Guid UserId, string? Question);

/// <summary>
/// On the locked tender row (so a question cannot slip in beside a cancellation), checked against the database clock:
/// the question and its event are saved together. Asking makes the supplier interested in the tender.
/// </summary>
public sealed class AskClarificationHandler(ITenderRepository tenders, IClarificationStore clarifications)
{
    public async Task<TenderChange> HandleAsync(AskClarification command, CancellationToken cancellationToken)
    {
        await using var transaction = await tenders.BeginTransactionAsync(cancellationToken);
        var tender = await tenders.FindForUpdateAsync(command.TenderId, cancellationToken);
        if (tender is null || !tender.IsPublic)
        {
            return TenderChange.NotFound(command.TenderId);
        }

        try
        {
            var (clarification, asked) = Clarification.Ask(tender, command.SupplierId, command.UserId, command.Question, await tenders.DatabaseNowAsync(cancellationToken));
            clarifications.Add(clarification);
            clarifications.Record(asked);
        }
        catch (DomainRuleException refused)
        {
            return TenderChange.Refused(tender.Id, [new FieldError(nameof(command.Question), refused.Message)]);
        }

        await tenders.SaveAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TenderChange.Done(tender.Id);
    }
}
