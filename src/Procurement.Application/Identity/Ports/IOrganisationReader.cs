using Procurement.Domain.Suppliers;

namespace Procurement.Application.Identity.Ports;

/// <summary>Read-only facts about organisations for dashboards.</summary>
public interface IOrganisationReader
{
    Task<AgencySummary?> FindAgencyAsync(Guid agencyId, CancellationToken cancellationToken);

    Task<SupplierSummary?> FindSupplierAsync(Guid supplierId, CancellationToken cancellationToken);

    Task<PlatformTotals> TotalsAsync(CancellationToken cancellationToken);
}

public sealed record AgencySummary(string Name, string Identifier, string Region);

public sealed record SupplierSummary(string LegalName, VerificationStatus Status, IReadOnlyCollection<string> CpvCodes);

public sealed record PlatformTotals(int Agencies, int Users, IReadOnlyDictionary<VerificationStatus, int> SuppliersByStatus);
