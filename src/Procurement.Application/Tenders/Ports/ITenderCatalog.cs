using Procurement.Domain.Tenders;

namespace Procurement.Application.Tenders.Ports;

/// <summary>Reads of tenders for pages and the API: the officers' lists, the public search and tender pages, downloads.</summary>
public interface ITenderCatalog
{
    /// <summary>Tenders of <paramref name="agencyId"/>, or of every agency when null (administrators), newest first.</summary>
    Task<IReadOnlyList<ManagedTender>> ManagedAsync(Guid? agencyId, CancellationToken cancellationToken);

    /// <summary>Published (and cancelled after publication) tenders matching the filters, soonest deadline first.</summary>
    Task<TenderSearchResult> SearchAsync(TenderSearch search, CancellationToken cancellationToken);

    /// <summary>A tender that was published, by reference, with what its page shows; null for drafts and unknown references.</summary>
    Task<PublicTender?> PublishedAsync(string reference, CancellationToken cancellationToken);

    /// <summary>The kept versions of a tender, oldest first, without their snapshots; empty until its first amendment.</summary>
    Task<IReadOnlyList<TenderVersionSummary>> VersionsAsync(Guid tenderId, CancellationToken cancellationToken);

    /// <summary>A kept version of a published tender, with what it said; null when there is no such tender or version.</summary>
    Task<PublicTenderVersion?> PublishedVersionAsync(string reference, int number, CancellationToken cancellationToken);

    /// <summary>A document of a published tender; null when there is no such published tender or document.</summary>
    Task<TenderFile?> PublicDocumentAsync(string reference, Guid documentId, CancellationToken cancellationToken);

    /// <summary>A document of any tender, for its officers; check access to the tender first.</summary>
    Task<TenderFile?> DocumentAsync(Guid tenderId, Guid documentId, CancellationToken cancellationToken);

    Task<IReadOnlyList<NamedCode>> UnitsAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<AgencyOption>> AgenciesAsync(CancellationToken cancellationToken);

    /// <summary>Labels of the CPV codes given, by code.</summary>
    Task<IReadOnlyDictionary<string, string>> CpvLabelsAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken);
}

public sealed record ManagedTender(Guid Id, string Title, string? Reference, TenderStatus Status, DateTimeOffset SubmissionDeadline, DateTimeOffset? ScheduledPublicationAt, DateTimeOffset? PublishedAt, string Agency);

/// <summary>Public tender search.</summary>
/// <param name="Status"><see cref="PublicTenderStatus"/>, or null for all public tenders.</param>
/// <param name="CpvDivision">Two digits: tenders with a lot in that CPV division.</param>
/// <param name="DeadlineBefore">Tenders whose submission deadline is before the start of that day (UTC).</param>
/// <param name="Now">What "open" and "closed" are measured against.</param>
public sealed record TenderSearch(PublicTenderStatus? Status, Guid? AgencyId, string? CpvDivision, DateOnly? DeadlineBefore, int Page, int PageSize, DateTimeOffset Now);

public enum PublicTenderStatus
{
    /// <summary>Published and before its submission deadline.</summary>
    Open,

    /// <summary>Published and past its submission deadline.</summary>
    Closed,

    Cancelled,
}

public sealed record TenderSearchResult(IReadOnlyList<TenderListItem> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public sealed record TenderListItem(
    string Reference, string Title, string Agency, TenderStatus Status, ProcurementProcedure Procedure, DateTimeOffset PublishedAt,
    DateTimeOffset SubmissionDeadline, IReadOnlyList<string> CpvCodes, IReadOnlyList<Domain.Money> EstimatedValues);

public sealed record PublicTender(Tender Tender, string Agency, string AgencyIdentifier, IReadOnlyDictionary<string, string> CpvLabels, IReadOnlyDictionary<string, string> UnitNames);

/// <param name="ChangeSummary">Null for version 1, the tender as published.</param>
public sealed record TenderVersionSummary(int Number, DateTimeOffset At, string? ChangeSummary, bool Material);

/// <param name="CurrentVersion">The tender's version now, so the page can say this one is superseded.</param>
public sealed record PublicTenderVersion(
    string Reference, string Agency, int CurrentVersion, TenderVersion Version, IReadOnlyList<TenderVersionSummary> Versions,
    IReadOnlyDictionary<string, string> CpvLabels, IReadOnlyDictionary<string, string> UnitNames);

public sealed record TenderFile(string FileName, string ContentType, byte[] Content);

public sealed record NamedCode(string Code, string Name);

public sealed record AgencyOption(Guid Id, string Name);
