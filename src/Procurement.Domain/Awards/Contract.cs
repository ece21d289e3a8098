using Procurement.Domain.Files;

namespace Procurement.Domain.Awards;

/// <summary>
/// The contract for one awarded lot, created when the award becomes final with the supplier and the awarded value.
/// The officer then records the date it was signed, its period and the signed document (a PDF); it is signed once
/// those are recorded. They can be recorded again to correct a mistake; each time is audited.
/// </summary>
public sealed class Contract
{
    public const int MaxDocumentMegabytes = 20;
    public const int MaxDocumentBytes = MaxDocumentMegabytes * 1024 * 1024;

    private Contract()
    {
        SupplierName = LotTitle = Currency = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid TenderId { get; private set; }
    public Guid DecisionId { get; private set; }
    public Guid LotId { get; private set; }
    public int LotNumber { get; private set; }
    public string LotTitle { get; private set; }
    public Guid SupplierId { get; private set; }
    public string SupplierName { get; private set; }
    public decimal Amount { get; private set; }
    public string Currency { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateOnly? SignedOn { get; private set; }
    public DateOnly? PeriodStart { get; private set; }
    public DateOnly? PeriodEnd { get; private set; }
    public string? DocumentFileName { get; private set; }
    public long? DocumentSizeBytes { get; private set; }
    public string? DocumentSha256 { get; private set; }
    public Guid? RecordedBy { get; private set; }
    public DateTimeOffset? RecordedAt { get; private set; }

    public Money Value => new(Amount, Currency);

    public bool IsSigned => SignedOn is not null && DocumentSha256 is not null;

    /// <summary>The contracts of a final decision: one per awarded lot.</summary>
    public static IReadOnlyList<(Contract Contract, AwardEvent Event)> ForFinalDecision(AwardDecision decision, DateTimeOffset now)
    {
        if (decision.Status != AwardDecisionStatus.Final)
        {
            throw new DomainRuleException("Contracts are made only once the award is final.");
        }

        return [.. decision.Lots.Where(lot => lot.Outcome == LotOutcome.Awarded).Select(lot =>
        {
            var contract = new Contract
            {
                Id = Guid.NewGuid(),
                TenderId = decision.TenderId,
                DecisionId = decision.Id,
                LotId = lot.LotId,
                LotNumber = lot.LotNumber,
                LotTitle = lot.LotTitle,
                SupplierId = lot.SupplierId!.Value,
                SupplierName = lot.SupplierName!,
                Amount = lot.Amount!.Value,
                Currency = lot.Currency!,
                CreatedAt = now,
            };
            return (contract, new AwardEvent(decision.TenderId, AwardEventKind.ContractCreated, contract.Id,
                $"lot {lot.LotNumber} with {lot.SupplierName} for {lot.Currency} {lot.Amount:N2}", Guid.Empty, now));
        })];
    }

    /// <summary>Records the signature date, the contract period and the signed PDF. Returns the event; the caller stores the file.</summary>
    public AwardEvent RecordSignature(DateOnly? signedOn, DateOnly? periodStart, DateOnly? periodEnd, string? fileName, byte[]? document, Guid by, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (signedOn is not { } signed || signed > today.AddDays(1) || signed < DateOnly.FromDateTime(CreatedAt.UtcDateTime).AddDays(-1))
        {
            throw new DomainRuleException("Give the date the contract was signed: not in the future, nor before the award became final.");
        }

        if (periodStart is not { } start || periodEnd is not { } end || end < start)
        {
            throw new DomainRuleException("Give the contract period: its start and its end, not before the start.");
        }

        if (document is null || document.Length == 0)
        {
            throw new DomainRuleException("Upload the signed contract as a PDF.");
        }

        if (document.Length > MaxDocumentBytes)
        {
            throw new DomainRuleException($"The signed contract is larger than {MaxDocumentMegabytes} MB.");
        }

        if (FileType.Detect(document) != FileType.Pdf)
        {
            throw new DomainRuleException("The signed contract must be a PDF file.");
        }

        SignedOn = signed;
        PeriodStart = start;
        PeriodEnd = end;
        DocumentFileName = FileType.Pdf.SafeFileName(fileName ?? string.Empty, $"contract-lot-{LotNumber}");
        DocumentSizeBytes = document.Length;
        DocumentSha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(document));
        RecordedBy = by;
        RecordedAt = now;
        return new AwardEvent(TenderId, AwardEventKind.ContractSigned, Id,
            $"signed {signed:yyyy-MM-dd}, period {start:yyyy-MM-dd} to {end:yyyy-MM-dd}, document SHA-256 {DocumentSha256}", by, now);
    }
}
