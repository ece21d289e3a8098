using Microsoft.EntityFrameworkCore;
using Procurement.Application.Orders.Ports;
using Procurement.Domain.Orders;
using Procurement.Infrastructure.Database;
using Procurement.Infrastructure.Orders;

namespace Procurement.Infrastructure.Demo;

/// <summary>
/// Seeds a handful of Northshire County Council purchase orders from the demo catalog, once (when NCC has none), at
/// every stage: with the supplier, awaiting approval, shipped, delivered and invoiced, closed, rejected and cancelled,
/// spread over the past months so the spend dashboard has something to show. Each goes through the domain's own steps.
/// </summary>
public sealed class DemoOrderSeeder(ProcurementDbContext db, IOrderableItems catalog, TimeProvider clock)
{
    private static readonly byte[] _invoicePdf = "%PDF-1.4\n% Demo invoice\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var ncc = await db.Agencies.SingleOrDefaultAsync(a => a.Identifier == "NCC", cancellationToken);
        var buyer = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == "BUYER@PROCUREMENT.TEST", cancellationToken);
        var approver = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == "APPROVER@PROCUREMENT.TEST", cancellationToken);
        if (ncc is null || buyer is null || approver is null || await db.PurchaseOrders.AnyAsync(o => o.AgencyId == ncc.Id, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var ids = await db.CatalogItems.Select(item => item.Id).ToListAsync(cancellationToken);
        var orderable = (await catalog.FindAsync(ncc.Id, ids, now, cancellationToken)).GroupBy(item => item.SupplierId).OrderBy(group => group.First().SupplierName).ToList();
        if (orderable.Count < 2)
        {
            return;
        }

        var threshold = new ApprovalThreshold(ncc.OrderApprovalThreshold);
        var delivery = new DeliveryDetails("Central Stores, County Hall, West Bridgford, Nottingham NG2 7QP", "NCC-FAC-1204");
        var stories = new (int SupplierIndex, int DaysAgo, bool Large, Action<PurchaseOrder, Guid, DateTimeOffset> Then)[]
        {
            (0, 2, false, (_, _, _) => { }),
            (1, 1, true, (_, _, _) => { }),
            (0, 20, false, (order, supplierUser, at) =>
            {
                order.Accept(order.SupplierId, supplierUser, at.AddHours(3));
                order.MarkShipped(order.SupplierId, "Courier, tracking NCC-DEMO-1", supplierUser, at.AddDays(1));
            }),
            (1, 45, true, (order, supplierUser, at) =>
            {
                order.Approve(approver.Id, at.AddHours(2));
                order.Accept(order.SupplierId, supplierUser, at.AddHours(5));
                order.MarkShipped(order.SupplierId, null, supplierUser, at.AddDays(2));
                order.ConfirmDelivery(buyer.Id, order.Lines.ToDictionary(line => line.Number, line => line.Quantity), at.AddDays(4));
                Invoice(order, supplierUser, at.AddDays(5));
            }),
            (orderable.Count > 2 ? 2 : 0, 90, false, (order, supplierUser, at) =>
            {
                order.Accept(order.SupplierId, supplierUser, at.AddHours(1));
                order.MarkShipped(order.SupplierId, null, supplierUser, at.AddDays(1));
                order.ConfirmDelivery(buyer.Id, order.Lines.ToDictionary(line => line.Number, line => line.Quantity), at.AddDays(3));
                Invoice(order, supplierUser, at.AddDays(4));
                order.MarkInvoicePaid("BACS-DEMO-0042", approver.Id, at.AddDays(20));
            }),
            (1, 150, true, (order, _, at) => order.Reject(approver.Id, "Over budget this quarter: split the purchase or wait until April.", at.AddDays(1))),
            (0, 200, false, (order, _, at) => order.Cancel(buyer.Id, "Ordered by mistake: the stationery cupboard was already stocked.", at.AddHours(4))),
        };

        foreach (var (supplierIndex, daysAgo, large, then) in stories)
        {
            var items = orderable[supplierIndex % orderable.Count].OrderBy(item => item.Sku, StringComparer.Ordinal).Take(2).ToList();
            var lines = items.Select(item => new CartLine(
                item.ItemId, item.SupplierId, item.SupplierName, item.Sku, item.Name, item.CpvCode, item.UnitCode, item.UnitPrice,
                Quantity(item, large ? threshold.Limit.Amount / items.Count : 0), item.MinimumOrderQuantity, item.LeadTimeDays)).ToList();
            var at = now.AddDays(-daysAgo);
            var number = $"PO-{at.Year}-{await NextNumberAsync(cancellationToken):000000}";
            var order = PurchaseOrder.Raise(number, ncc.Id, buyer.Id, Cart.Split(lines).Single(), delivery, PaymentMethod.Invoice, threshold, at);
            var supplierUser = await db.Users.Where(u => u.SupplierId == order.SupplierId).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken);
            then(order, supplierUser, at);
            db.PurchaseOrders.Add(order);
            db.OrderEvents.AddRange(order.TakeEvents());
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>At least the item's minimum; for a large order enough to pass <paramref name="atLeast"/> in value.</summary>
    private static decimal Quantity(OrderableItem item, decimal atLeast)
    {
        var quantity = Math.Max(item.MinimumOrderQuantity, 3m);
        return atLeast > 0 ? Math.Max(quantity, Math.Ceiling((atLeast + 1m) / Math.Max(item.UnitPrice.Amount, 0.01m))) : quantity;
    }

    private void Invoice(PurchaseOrder order, Guid by, DateTimeOffset at)
    {
        var fileId = Guid.NewGuid();
        order.AttachInvoice(order.SupplierId, $"INV-{order.Number[3..]}", order.Total, fileId, by, at);
        db.OrderInvoiceFiles.Add(new OrderInvoiceFile(
            fileId, order.Id, $"invoice-{order.Number}.pdf", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(_invoicePdf)), _invoicePdf, at));
    }

    private async Task<long> NextNumberAsync(CancellationToken cancellationToken) =>
        (await db.Database.SqlQueryRaw<long>($"SELECT nextval('{PurchaseOrderConfiguration.NumberSequence}') AS \"Value\"").ToListAsync(cancellationToken)).Single();
}
