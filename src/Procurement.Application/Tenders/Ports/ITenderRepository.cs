using Procurement.Domain.Tenders;

namespace Procurement.Application.Tenders.Ports;

/// <summary>Tenders as the platform keeps them, for the use cases that change them.</summary>
public interface ITenderRepository
{
    /// <summary>The tender with its lots, criteria and documents' descriptions (never their files).</summary>
    Task<Tender?> FindAsync(Guid tenderId, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="FindAsync"/>, locking the tender's row until the transaction ends (<c>SELECT … FOR UPDATE</c>), so
    /// that publication, cancellation and (later) bid acceptance on one tender serialise.
    /// </summary>
    Task<Tender?> FindForUpdateAsync(Guid tenderId, CancellationToken cancellationToken);

    void Add(Tender tender);

    /// <summary>Keeps a state change; written by the next <see cref="SaveAsync"/>, with the tender.</summary>
    void Record(TenderEvent tenderEvent);

    /// <summary>Keeps a published version of a tender; written by the next <see cref="SaveAsync"/>, with the tender.</summary>
    void Record(TenderVersion version);

    /// <summary>Keeps a document's file; written by the next <see cref="SaveAsync"/>, with the document.</summary>
    void StoreDocumentFile(Guid documentId, byte[] content);

    /// <summary>Saves the changed tenders, events and files in one transaction (or in the open one).</summary>
    Task SaveAsync(CancellationToken cancellationToken);

    /// <summary>Starts a transaction for several steps; dispose without committing to roll back.</summary>
    Task<ITenderTransaction> BeginTransactionAsync(CancellationToken cancellationToken);

    /// <summary>The database server's clock: the start of the current transaction (<c>now()</c>).</summary>
    Task<DateTimeOffset> DatabaseNowAsync(CancellationToken cancellationToken);

    /// <summary>The next number of the reference sequence (a PostgreSQL sequence: unique, increasing, never reused).</summary>
    Task<long> NextReferenceNumberAsync(CancellationToken cancellationToken);

    /// <summary>Those of <paramref name="codes"/> that are not in the CPV 2008 vocabulary.</summary>
    Task<IReadOnlyList<string>> UnknownCpvCodesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken);

    /// <summary>Those of <paramref name="codes"/> that are not among the seeded UN/CEFACT units.</summary>
    Task<IReadOnlyList<string>> UnknownUnitCodesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken);

    Task<string> AgencyNameAsync(Guid agencyId, CancellationToken cancellationToken);
}

public interface ITenderTransaction : IAsyncDisposable
{
    Task CommitAsync(CancellationToken cancellationToken);
}

/// <summary>Absolute links to tender pages, for e-mails; the web layer knows its routes and public address.</summary>
public interface ITenderLinks
{
    Uri PublicPage(string reference);
}
