using Procurement.Domain.Tenders;

namespace Procurement.Application.OpenData;

/// <summary>
/// The plain inputs the OCDS mapping reads: one <see cref="OcdsStage"/> per stage event of a contracting process, each
/// becoming one release. They hold what was true at the event (the tender as that version said it), never live rows.
/// </summary>
/// <param name="TenderId">The tender, to group the stages of one process.</param>
/// <param name="Ocid">The Open Contracting ID, <c>OpenData:OcidPrefix</c> + the reference.</param>
public sealed record OcdsProcess(Guid TenderId, string Ocid, string Reference, OcdsBuyer Buyer);

/// <summary>The agency: buyer and procuring entity.</summary>
/// <param name="Identifier">The agency's public register identifier.</param>
public sealed record OcdsBuyer(string Name, string Identifier, string Region);

/// <summary>What a version of the tender said: its details, lots, criteria and documents.</summary>
public sealed record OcdsTenderState(
    string Title,
    string Description,
    ProcurementProcedure Procedure,
    EvaluationMethod EvaluationMethod,
    DateTimeOffset PublishedAt,
    DateTimeOffset ClarificationDeadline,
    DateTimeOffset SubmissionDeadline,
    IReadOnlyList<OcdsLot> Lots,
    IReadOnlyList<OcdsCriterion> Criteria,
    IReadOnlyList<OcdsDocument> Documents)
{
    /// <summary>The state a tender snapshot (a kept version) describes; null fields of a snapshot were checked at publication.</summary>
    public static OcdsTenderState From(TenderSnapshot snapshot, DateTimeOffset publishedAt)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var details = snapshot.Details;
        IReadOnlyList<OcdsCriterion> criteria = details.EvaluationMethod == EvaluationMethod.BestValue
            ? [new OcdsCriterion(AwardCriterion.PriceName, details.PriceWeight ?? 0), .. details.Criteria.Select(c => new OcdsCriterion(c.Name ?? string.Empty, c.Weight ?? 0))]
            : [new OcdsCriterion(AwardCriterion.PriceName, 100)];
        return new OcdsTenderState(
            details.Title ?? string.Empty,
            details.Description ?? string.Empty,
            details.Procedure,
            details.EvaluationMethod,
            publishedAt,
            details.ClarificationDeadline ?? publishedAt,
            details.SubmissionDeadline ?? publishedAt,
            details.Lots.Select((lot, i) => new OcdsLot(
                    i + 1, lot.Title ?? string.Empty, lot.Description, lot.CpvCode ?? string.Empty, lot.Quantity ?? 0, lot.UnitCode ?? string.Empty,
                    lot.EstimatedAmount ?? 0, lot.Currency ?? string.Empty))
                .ToList(),
            criteria,
            snapshot.Documents.Select(d => new OcdsDocument(d.Id, d.Title, d.FileName)).ToList());
    }

    /// <summary>The state of the tender as it is now.</summary>
    public static OcdsTenderState From(Tender tender)
    {
        ArgumentNullException.ThrowIfNull(tender);
        return new OcdsTenderState(
            tender.Title,
            tender.Description,
            tender.Procedure,
            tender.EvaluationMethod,
            tender.PublishedAt ?? tender.CreatedAt,
            tender.ClarificationDeadline,
            tender.SubmissionDeadline,
            tender.Lots.Select(lot => new OcdsLot(lot.Number, lot.Title, lot.Description, lot.CpvCode, lot.Quantity, lot.UnitCode, lot.EstimatedValue.Amount, lot.EstimatedValue.Currency)).ToList(),
            tender.Criteria.Select(c => new OcdsCriterion(c.Name, c.Weight)).ToList(),
            tender.Documents.OrderBy(d => d.UploadedAt).Select(d => new OcdsDocument(d.Id, d.Title, d.FileName)).ToList());
    }
}

/// <param name="CpvCode">CPV 2008 with its check digit, e.g. <c>45233141-9</c>.</param>
/// <param name="UnitCode">UN/CEFACT Recommendation 20 code, e.g. <c>MON</c>.</param>
public sealed record OcdsLot(int Number, string Title, string? Description, string CpvCode, decimal Quantity, string UnitCode, decimal EstimatedAmount, string Currency);

public sealed record OcdsCriterion(string Name, int Weight);

/// <summary>A public tender document; its URL is the public download of the tender page.</summary>
public sealed record OcdsDocument(Guid Id, string Title, string FileName);

/// <summary>A supplier as OCDS names it: its platform id, legal name and, when known, its company number and country.</summary>
/// <param name="Country">ISO 3166-1 alpha-2, to choose the identifier scheme of <paramref name="RegistrationNumber"/>.</param>
public sealed record OcdsSupplier(Guid Id, string Name, string? RegistrationNumber, string? Country, bool IsSme);

/// <summary>One stage event of a contracting process: becomes one release dated <see cref="Date"/>.</summary>
public abstract record OcdsStage(OcdsProcess Process, DateTimeOffset Date);

/// <summary>The publication: version 1 of the tender.</summary>
public sealed record OcdsTenderPublished(OcdsProcess Process, DateTimeOffset Date, OcdsTenderState State) : OcdsStage(Process, Date);

/// <summary>An amendment: the tender as version <paramref name="Version"/> says it, with the change summary.</summary>
/// <param name="PreviousVersion">The version amended: 1 is the publication release, later ones amendment releases.</param>
public sealed record OcdsTenderAmended(
    OcdsProcess Process, DateTimeOffset Date, OcdsTenderState State, int Version, int PreviousVersion, string ChangeSummary, bool Material) : OcdsStage(Process, Date);

/// <summary>The cancellation of a published tender, with its public reason.</summary>
public sealed record OcdsTenderCancelled(OcdsProcess Process, DateTimeOffset Date, OcdsTenderState State, string Reason) : OcdsStage(Process, Date);

/// <summary>The opening: who bid (bids that could not be read still count as received), and the bids per lot.</summary>
/// <param name="Bidders">One per opened bid, in the order received.</param>
/// <param name="BidsPerLot">Lot number → the number of readable bids offering a price for it.</param>
public sealed record OcdsBidsOpened(
    OcdsProcess Process, DateTimeOffset Date, OcdsTenderState State, IReadOnlyList<OcdsSupplier> Bidders, IReadOnlyDictionary<int, int> BidsPerLot) : OcdsStage(Process, Date);

/// <summary>What happened to the award of a round: decided (standstill), made final, or lapsed (an upheld complaint).</summary>
public enum OcdsAwardStep
{
    /// <summary>The decision is notified and the standstill runs: winners' awards are pending (tag <c>award</c>).</summary>
    Decided,

    /// <summary>The standstill ended: winners' awards are active (tag <c>awardUpdate</c>).</summary>
    Finalised,

    /// <summary>The evaluation was reopened: the round's awards are cancelled (tag <c>awardCancellation</c>).</summary>
    Lapsed,
}

/// <summary>
/// One award step of one round for a tender: becomes one release. The lead wires it to the award tables
/// (<see cref="Ports.IOcdsAwardSource.AwardAndContractStagesAsync"/>).
/// </summary>
/// <param name="Round">1 for the first decision; one more after each reopened evaluation.</param>
/// <param name="Date">When the step happened: the decision's notification, the end of the standstill, the reopening.</param>
/// <param name="TenderStatus">The tender's stage after the step (<c>Standstill</c>, <c>Awarded</c>, <c>Unsuccessful</c>, <c>Evaluation</c>).</param>
/// <param name="Lots">The outcome of every lot decided in the round.</param>
public sealed record OcdsAwardInput(OcdsProcess Process, DateTimeOffset Date, int Round, OcdsAwardStep Step, TenderStatus TenderStatus, IReadOnlyList<OcdsLotAward> Lots)
    : OcdsStage(Process, Date);

/// <summary>A lot's outcome in an award round.</summary>
/// <param name="Winner">The supplier awarded the lot; null when the lot is unsuccessful.</param>
/// <param name="Amount">The awarded value (the winning bid's price); null when unsuccessful.</param>
/// <param name="DecidedAt">The date of the award decision.</param>
/// <param name="UnsuccessfulReason">Why no one was awarded the lot (published); null when awarded.</param>
public sealed record OcdsLotAward(int LotNumber, OcdsSupplier? Winner, decimal? Amount, string? Currency, DateTimeOffset DecidedAt, string? UnsuccessfulReason);

/// <summary>A contract signed (or to be signed) for an awarded lot: becomes one release.</summary>
/// <param name="Number">1, 2 … per tender, in the order the contracts were made.</param>
/// <param name="AwardRound">The round whose award of <paramref name="LotNumber"/> the contract implements.</param>
/// <param name="Date">When the contract was recorded (its signature, or its creation while unsigned).</param>
/// <param name="StartDate">The contract period's start; null until recorded with the signature.</param>
/// <param name="EndDate">The contract period's end; null until recorded with the signature.</param>
/// <param name="SignedAt">Null while unsigned: the contract is pending.</param>
/// <param name="Document">The signed contract's public copy, when published.</param>
public sealed record OcdsContractInput(
    OcdsProcess Process, DateTimeOffset Date, int Number, int LotNumber, int AwardRound, OcdsSupplier Supplier, decimal Amount, string Currency,
    DateTimeOffset? StartDate, DateTimeOffset? EndDate, DateTimeOffset? SignedAt, OcdsContractDocument? Document) : OcdsStage(Process, Date);

/// <param name="Url">Absolute, or relative to the site (made absolute in the release).</param>
public sealed record OcdsContractDocument(string Title, string Url);
