using Procurement.Domain.Catalog;

namespace Procurement.Application.Catalog.Ports;

/// <summary>Catalog items and framework agreements as the platform keeps them, for the use cases that change them.</summary>
public interface ICatalogRepository
{
    Task<CatalogItem?> FindItemAsync(Guid itemId, CancellationToken cancellationToken);

    /// <summary>The supplier's items with these SKUs, tracked for update.</summary>
    Task<IReadOnlyList<CatalogItem>> FindItemsBySkuAsync(Guid supplierId, IReadOnlyCollection<string> skus, CancellationToken cancellationToken);

    /// <summary>Whether another item of the supplier already uses <paramref name="sku"/>.</summary>
    Task<bool> SkuTakenAsync(Guid supplierId, string sku, Guid? exceptItemId, CancellationToken cancellationToken);

    /// <summary>Null when there is no such supplier; otherwise whether it is verified (and so may sell) and its name.</summary>
    Task<CatalogSupplier?> SupplierAsync(Guid supplierId, CancellationToken cancellationToken);

    Task<FrameworkAgreement?> FindFrameworkAsync(Guid frameworkId, CancellationToken cancellationToken);

    Task<bool> FrameworkReferenceTakenAsync(Guid agencyId, string reference, CancellationToken cancellationToken);

    /// <summary>Those of <paramref name="codes"/> that are not in the CPV 2008 vocabulary.</summary>
    Task<IReadOnlySet<string>> UnknownCpvCodesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken);

    /// <summary>Those of <paramref name="codes"/> that are not among the seeded UN/CEFACT units.</summary>
    Task<IReadOnlySet<string>> UnknownUnitCodesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken);

    void Add(CatalogItem item);

    void Add(FrameworkAgreement framework);

    void Record(CatalogEvent catalogEvent);

    void StoreImageFile(Guid imageId, byte[] content);

    void DeleteImageFile(Guid imageId);

    /// <summary>Saves every change, event and file in one transaction; a concurrent edit of the same row throws <see cref="ConcurrentCatalogChangeException"/>.</summary>
    Task SaveAsync(CancellationToken cancellationToken);
}

public sealed record CatalogSupplier(Guid Id, string Name, bool IsVerified);

/// <summary>Someone else changed the same item or framework meanwhile; reload and try again.</summary>
public sealed class ConcurrentCatalogChangeException(Exception inner)
    : Exception("Someone else changed this record at the same time; reload the page and try again.", inner);
