using Procurement.Application.Awards.Ports;
using Procurement.Application.Tenders;
using Procurement.Application.Tenders.Ports;
using Procurement.Domain;

namespace Procurement.Application.Awards;

public sealed record RecordContractSignature(TenderActor Actor, Guid TenderId, Guid ContractId, DateOnly? SignedOn, DateOnly? PeriodStart, DateOnly? PeriodEnd, string? FileName, byte[]? Document);

/// <summary>The officer records that a contract was signed: the date, the contract period and the signed PDF, audited.</summary>
public sealed class RecordContractSignatureHandler(ITenderRepository tenders, IAwardRepository awards)
{
    public async Task<TenderChange> HandleAsync(RecordContractSignature command, CancellationToken cancellationToken)
    {
        await using var transaction = await tenders.BeginTransactionAsync(cancellationToken);
        var tender = await tenders.FindForUpdateAsync(command.TenderId, cancellationToken);
        var contract = tender is null ? null : (await awards.ContractsAsync(tender.Id, cancellationToken)).FirstOrDefault(c => c.Id == command.ContractId);
        if (tender is null || contract is null || !command.Actor.MayManage(tender))
        {
            return TenderChange.NotFound(command.TenderId);
        }

        try
        {
            awards.Record(contract.RecordSignature(command.SignedOn, command.PeriodStart, command.PeriodEnd, command.FileName, command.Document, command.Actor.UserId, await awards.ClockAsync(cancellationToken)));
        }
        catch (DomainRuleException refused)
        {
            var field = refused.Message.StartsWith("Give the date", StringComparison.Ordinal) ? "SignedOn"
                : refused.Message.StartsWith("Give the contract period", StringComparison.Ordinal) ? "PeriodEnd"
                : "Document";
            return TenderChange.Refused(tender.Id, [new FieldError(field, refused.Message)]);
        }

        await awards.StoreContractDocumentAsync(contract.Id, command.Document!, cancellationToken);
        await tenders.SaveAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TenderChange.Done(tender.Id);
    }
}
