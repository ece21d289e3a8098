using Procurement.Domain.Suppliers;

namespace Procurement.Application.Suppliers.Ports;

/// <summary>Supplier companies as the registry keeps them.</summary>
public interface ISupplierRegistry
{
    /// <summary>The supplier with its contacts and its certificates' descriptions (never their files).</summary>
    Task<Supplier?> FindAsync(Guid supplierId, CancellationToken cancellationToken);

    /// <summary>Keeps a certificate's file; written by the next <see cref="SaveAsync"/>, with the certificate.</summary>
    void StoreCertificateFile(Guid certificateId, byte[] content);

    /// <summary>A certificate of <paramref name="supplierId"/> with its file; null when the supplier has no such certificate.</summary>
    Task<CertificateDownload?> CertificateFileAsync(Guid supplierId, Guid certificateId, CancellationToken cancellationToken);

    /// <summary>Verified suppliers that asked to change their legal identity, oldest request first.</summary>
    Task<IReadOnlyList<IdentityChangeRequest>> IdentityChangesAsync(CancellationToken cancellationToken);

    /// <summary>Keeps a verification step; written by the next <see cref="SaveAsync"/>, with the supplier's change.</summary>
    void Record(SupplierDecision decision);

    /// <summary>Saves the changed suppliers and recorded decisions in one transaction.</summary>
    Task SaveAsync(CancellationToken cancellationToken);

    /// <summary>Those of <paramref name="codes"/> that are not in the CPV 2008 vocabulary.</summary>
    Task<IReadOnlyList<string>> UnknownCpvCodesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken);

    /// <summary>The company's users, for notices about it (in-app, and e-mail to those with a confirmed address).</summary>
    Task<IReadOnlyList<Guid>> UserIdsAsync(Guid supplierId, CancellationToken cancellationToken);

    /// <summary>The user ids of each of <paramref name="supplierIds"/>, in one query; a supplier without users is absent.</summary>
    Task<ILookup<Guid, Guid>> UserIdsBySupplierAsync(IReadOnlyCollection<Guid> supplierIds, CancellationToken cancellationToken);

    /// <summary>E-mails of the users of verified suppliers subscribed to a prefix that any of <paramref name="cpvCodes"/> starts with.</summary>
    Task<IReadOnlyList<string>> SubscriberEmailsAsync(IReadOnlyList<string> cpvCodes, CancellationToken cancellationToken);

    /// <summary>Suppliers waiting for an officer, oldest request first.</summary>
    Task<IReadOnlyList<PendingSupplier>> PendingAsync(CancellationToken cancellationToken);

    /// <summary>Suppliers currently suspended or debarred, by name.</summary>
    Task<IReadOnlyList<SuspendedSupplier>> SuspendedAsync(CancellationToken cancellationToken);

    /// <summary>Ids of the debarred suppliers whose debarment ended at or before <paramref name="at"/>.</summary>
    Task<IReadOnlyList<Guid>> DebarmentsOverAsync(DateTimeOffset at, CancellationToken cancellationToken);

    Task<IReadOnlyList<SupplierDecision>> HistoryAsync(Guid supplierId, CancellationToken cancellationToken);
}

public sealed record PendingSupplier(Guid Id, string LegalName, string Region, DateTimeOffset SubmittedAt);

public sealed record CertificateDownload(string FileName, string ContentType, byte[] Content);

public sealed record IdentityChangeRequest(Guid Id, string LegalName, string ProposedLegalName, DateTimeOffset RequestedAt);

public sealed record SuspendedSupplier(Guid Id, string LegalName, string Reason, DateTimeOffset? Until);
