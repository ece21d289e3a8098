using Procurement.Domain.Catalog;

namespace Procurement.Application.Catalog.Ports;

/// <summary>Read-only views of the catalog for pages.</summary>
public interface ICatalogReader
{
    /// <summary>The ids of the agency's framework agreements in force on <paramref name="day"/>.</summary>
    Task<IReadOnlyList<Guid>> FrameworksInForceAsync(Guid agencyId, DateOnly day, CancellationToken cancellationToken);

    Task<IReadOnlyList<CatalogItemSummary>> SupplierItemsAsync(Guid supplierId, CancellationToken cancellationToken);

    Task<IReadOnlyList<FrameworkSummary>> AgencyFrameworksAsync(Guid agencyId, CancellationToken cancellationToken);

    /// <summary>The framework with its items, or null when it is not the agency's.</summary>
    Task<FrameworkView?> FrameworkAsync(Guid agencyId, Guid frameworkId, CancellationToken cancellationToken);

    /// <summary>Verified suppliers, by name, to choose a framework's supplier from.</summary>
    Task<IReadOnlyList<(Guid Id, string Name)>> VerifiedSuppliersAsync(CancellationToken cancellationToken);

    /// <summary>The picture's bytes and type, or null.</summary>
    Task<(byte[] Content, string ContentType, string Sha256)?> ImageAsync(Guid itemId, Guid imageId, CancellationToken cancellationToken);

    /// <summary>The UN/CEFACT units offered, by name.</summary>
    Task<IReadOnlyList<(string Code, string Name)>> UnitsAsync(CancellationToken cancellationToken);
}

public sealed record CatalogItemSummary(
    Guid Id, string Sku, string Name, string CpvCode, string UnitCode, decimal UnitPrice, string Currency,
    decimal MinimumOrderQuantity, int LeadTimeDays, CatalogItemStatus Status, DateTimeOffset UpdatedAt, Guid? FirstImageId);

public sealed record FrameworkSummary(Guid Id, string Reference, string Title, string SupplierName, DateOnly ValidFrom, DateOnly ValidTo, string Currency, int ItemCount);

public sealed record FrameworkView(FrameworkSummary Framework, Guid SupplierId, IReadOnlyList<FrameworkItemView> Items, IReadOnlyList<CatalogItemSummary> SupplierActiveItems);

public sealed record FrameworkItemView(Guid ItemId, string Sku, string Name, string UnitCode, decimal UnitPrice, string Currency, CatalogItemStatus Status, decimal Ceiling);
