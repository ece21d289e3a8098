using Procurement.Domain.Suppliers;

namespace Procurement.Application.Identity.Ports;

/// <summary>Read-only facts about organisations for dashboards.</summary>
public interface IOrganisationReader
{
    Task<AgencySummary?> FindAgencyAsync(Guid agencyId, CancellationToken cancellationToken);

    Task<SupplierSummary?> FindSupplierAsync(Guid supplierId, CancellationToken cancellationToken);

    Task<PlatformTotals> TotalsAsync(CancellationToken cancellationToken);

    /// <summary>The public profile of a verified supplier; null for any other status, so it is never shown.</summary>
    Task<SupplierProfile?> FindVerifiedSupplierAsync(Guid supplierId, CancellationToken cancellationToken);
}

public sealed record AgencySummary(string Name, string Identifier, string Region);

public sealed record SupplierSummary(string LegalName, VerificationStatus Status, IReadOnlyCollection<string> CpvCodes);

public sealed record PlatformTotals(int Agencies, int Users, IReadOnlyDictionary<VerificationStatus, int> SuppliersByStatus);

public sealed record SupplierProfile(
    Guid Id, string LegalName, string? TradingName, string Country, string Region, SupplierSize Size, string Description,
    IReadOnlyList<(string Code, string Label)> Categories, DateTimeOffset? VerifiedAt,
    string? Website = null, string? Town = null, IReadOnlyList<PublicCertificate>? Certificates = null);

/// <summary>What the public may see of a certificate: no file, which only the company and officers may download.</summary>
public sealed record PublicCertificate(string Name, string Issuer, DateOnly? ExpiresOn);
