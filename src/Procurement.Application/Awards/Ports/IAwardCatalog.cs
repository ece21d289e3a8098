using Procurement.Domain.Awards;
using Procurement.Domain.Tenders;

namespace Procurement.Application.Awards.Ports;

/// <summary>
/// Published award notices and contracts, for the public pages, feeds and statistics. Only final awards appear: a
/// decision in its standstill period or superseded by an upheld complaint is never listed.
/// </summary>
public interface IAwardCatalog
{
    /// <summary>Award notices matching <paramref name="filter"/>, newest publication first, with the total count.</summary>
    Task<AwardNoticeList> ListNoticesAsync(AwardNoticeFilter filter, CancellationToken cancellationToken);

    /// <summary>Every lot of the notices matching <paramref name="filter"/> (paging ignored), newest notice first: the open-data download.</summary>
    IAsyncEnumerable<AwardNoticeRow> NoticeLotsAsync(AwardNoticeFilter filter);

    /// <summary>The award notice of the tender, or null when its award is not final.</summary>
    Task<AwardNotice?> NoticeAsync(string tenderReference, CancellationToken cancellationToken);

    /// <summary>Contracts of final awards matching <paramref name="filter"/>, newest first, with the total count.</summary>
    Task<ContractList> ContractsAsync(ContractFilter filter, CancellationToken cancellationToken);

    /// <summary>The signed contract PDF of a final award's contract, or null when none is recorded.</summary>
    Task<AwardFile?> SignedContractAsync(Guid contractId, CancellationToken cancellationToken);
}

/// <param name="CpvDivision">The first two digits of a lot's CPV code, e.g. <c>45</c>.</param>
/// <param name="ValueMin">Least total awarded value (sum of the awarded lots, in the tender's currency).</param>
public sealed record AwardNoticeFilter(
    Guid? AgencyId = null, string? CpvDivision = null, DateOnly? PublishedFrom = null, DateOnly? PublishedTo = null,
    decimal? ValueMin = null, decimal? ValueMax = null, int Page = 1, int PageSize = 20);

public sealed record AwardNoticeList(IReadOnlyList<AwardNoticeSummary> Notices, int Total, int Page, int PageSize);

/// <param name="AwardedValue">The sum of the awarded lots' values; zero when every lot was unsuccessful.</param>
public sealed record AwardNoticeSummary(
    string TenderReference, string? Ocid, string Title, Guid AgencyId, string AgencyName, TenderStatus Outcome,
    DateTimeOffset NoticePublishedAt, decimal AwardedValue, string? Currency, int LotsAwarded, int LotsUnsuccessful);

public sealed record AwardNotice(
    Guid TenderId, string TenderReference, string? Ocid, string Title, Guid AgencyId, string AgencyName, ProcurementProcedure Procedure,
    TenderStatus Outcome, DateTimeOffset DecidedAt, DateTimeOffset StandstillEndsAt, DateTimeOffset NoticePublishedAt,
    IReadOnlyList<AwardNoticeLot> Lots, IReadOnlyList<ContractSummary> Contracts);

/// <summary>One lot of a notice with its notice's identity, as one row of the award notices download.</summary>
public sealed record AwardNoticeRow(
    string TenderReference, string? Ocid, string Title, string AgencyName, DateTimeOffset NoticePublishedAt,
    int LotNumber, string LotTitle, string CpvCode, LotOutcome Outcome, string? SupplierName, bool? SupplierIsSme,
    decimal? Amount, string? Currency, int BidsReceived, string? UnsuccessfulReason);

/// <summary>One lot of a notice: its winner and value, or why it is unsuccessful; and how many bids it received.</summary>
public sealed record AwardNoticeLot(
    int LotNumber, string Title, string CpvCode, LotOutcome Outcome, Guid? SupplierId, string? SupplierName, bool? SupplierIsSme,
    decimal? Amount, string? Currency, string? UnsuccessfulReason, int BidsReceived);

/// <param name="HasSignedDocument">Whether the signed PDF is recorded (download it with <see cref="IAwardCatalog.SignedContractAsync"/>).</param>
public sealed record ContractSummary(
    Guid ContractId, string TenderReference, string TenderTitle, int LotNumber, string LotTitle, Guid SupplierId, string SupplierName,
    decimal Amount, string Currency, DateTimeOffset CreatedAt, DateOnly? SignedOn, DateOnly? PeriodStart, DateOnly? PeriodEnd, bool HasSignedDocument);

public sealed record ContractFilter(Guid? AgencyId = null, Guid? SupplierId = null, bool? SignedOnly = null, int Page = 1, int PageSize = 20);

public sealed record ContractList(IReadOnlyList<ContractSummary> Contracts, int Total, int Page, int PageSize);
