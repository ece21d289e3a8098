using Microsoft.EntityFrameworkCore;
using Procurement.Application.Orders.Ports;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Orders;

internal sealed class OrderInvoices(ProcurementDbContext db) : IOrderInvoices
{
    public void Store(InvoiceFile invoice) =>
        db.OrderInvoiceFiles.Add(new OrderInvoiceFile(invoice.Id, invoice.OrderId, invoice.FileName, invoice.Sha256, invoice.Content, invoice.UploadedAt));

    public Task<InvoiceFile?> FindAsync(Guid orderId, CancellationToken cancellationToken) =>
        (from order in db.PurchaseOrders.AsNoTracking()
         where order.Id == orderId
         join file in db.OrderInvoiceFiles on order.InvoiceFileId equals file.Id
         select new InvoiceFile(file.Id, file.OrderId, file.FileName, file.Sha256, file.Content, file.UploadedAt))
        .SingleOrDefaultAsync(cancellationToken);
}
