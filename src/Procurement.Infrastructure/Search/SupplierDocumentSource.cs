using Microsoft.EntityFrameworkCore;
using Procurement.Application.Search.Ports;
using Procurement.Domain.Suppliers;
using Procurement.Infrastructure.Database;
using Procurement.Infrastructure.Reference;

namespace Procurement.Infrastructure.Search;

/// <summary>Reads suppliers from PostgreSQL as the documents the search index holds, with their CPV labels.</summary>
public sealed class SupplierDocumentSource(ProcurementDbContext db)
{
    public async Task<IReadOnlyList<SupplierDocument>> LoadAsync(IReadOnlyCollection<Guid> supplierIds, CancellationToken cancellationToken)
    {
        var suppliers = await db.Suppliers.AsNoTracking().Where(s => supplierIds.Contains(s.Id)).ToListAsync(cancellationToken);
        return await ToDocumentsAsync(suppliers, cancellationToken);
    }

    /// <summary>The next <paramref name="count"/> suppliers after <paramref name="afterId"/> in id order (keyset paging).</summary>
    public async Task<IReadOnlyList<SupplierDocument>> PageAsync(Guid? afterId, int count, CancellationToken cancellationToken)
    {
        var query = db.Suppliers.AsNoTracking().OrderBy(s => s.Id).AsQueryable();
        if (afterId is { } after)
        {
            query = query.Where(s => s.Id.CompareTo(after) > 0);
        }

        return await ToDocumentsAsync(await query.Take(count).ToListAsync(cancellationToken), cancellationToken);
    }

    private async Task<IReadOnlyList<SupplierDocument>> ToDocumentsAsync(List<Supplier> suppliers, CancellationToken cancellationToken)
    {
        var codes = suppliers.SelectMany(s => s.CpvCodes).Distinct().ToList();
        var labels = await db.CpvLabelsAsync(codes, cancellationToken);
        return suppliers.Select(s => new SupplierDocument(
            s.Id, s.LegalName, s.TradingName, s.Description, s.Country, s.Region, s.Size, s.Status,
            s.CpvCodes.ToList(),
            s.CpvCodes.Select(code => labels.GetValueOrDefault(code)).OfType<string>().ToList())).ToList();
    }
}
