using Procurement.Domain;

namespace Procurement.Application.Orders.Ports;

/// <summary>Who takes part in an agency's orders, and the agency's own ordering rules.</summary>
public interface IOrderDirectory
{
    /// <summary>The agency's approval threshold for catalog orders; null when there is no such agency.</summary>
    Task<Money?> ApprovalThresholdAsync(Guid agencyId, CancellationToken cancellationToken);

    /// <summary>The users holding the Approver role at the agency.</summary>
    Task<IReadOnlyList<Guid>> ApproversAsync(Guid agencyId, CancellationToken cancellationToken);

    /// <summary>The users of the supplier company.</summary>
    Task<IReadOnlyList<Guid>> SupplierUsersAsync(Guid supplierId, CancellationToken cancellationToken);

    /// <summary>The next purchase order number, unique for good, e.g. <c>PO-2026-000042</c> (from a database sequence).</summary>
    Task<string> NextOrderNumberAsync(int year, CancellationToken cancellationToken);
}
