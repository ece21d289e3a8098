using Procurement.Domain;

namespace Procurement.Application.Orders.Ports;

/// <summary>
/// The catalog as the ordering side sees it: which items a buyer at an agency may order now. An item is orderable
/// when it is active and listed under a framework agreement of that agency that is in force on the day, at a unit
/// price within the framework's ceiling for it.
/// </summary>
public interface IOrderableItems
{
    /// <summary>The orderable items among <paramref name="itemIds"/>; an id missing from the answer is not orderable.</summary>
    Task<IReadOnlyList<OrderableItem>> FindAsync(Guid agencyId, IReadOnlyCollection<Guid> itemIds, DateTimeOffset at, CancellationToken cancellationToken);
}

/// <summary>An item as it may be ordered now: the price a purchase order copies and keeps.</summary>
public sealed record OrderableItem(
    Guid ItemId,
    Guid SupplierId,
    string SupplierName,
    string Sku,
    string Name,
    string CpvCode,
    string UnitCode,
    Money UnitPrice,
    decimal MinimumOrderQuantity,
    int LeadTimeDays,
    Guid FrameworkId,
    string FrameworkReference);
