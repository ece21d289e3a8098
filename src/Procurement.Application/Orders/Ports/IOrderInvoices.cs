namespace Procurement.Application.Orders.Ports;

/// <summary>
/// Supplier invoices (PDF) kept in the database with their SHA-256. <see cref="Store"/> is written by the next
/// <see cref="IPurchaseOrders.SaveAsync"/>, with the order that refers to the file.
/// </summary>
public interface IOrderInvoices
{
    void Store(InvoiceFile invoice);

    /// <summary>The order's current invoice file, or null when none was uploaded.</summary>
    Task<InvoiceFile?> FindAsync(Guid orderId, CancellationToken cancellationToken);
}

public sealed record InvoiceFile(Guid Id, Guid OrderId, string FileName, string Sha256, byte[] Content, DateTimeOffset UploadedAt)
{
    public const int MaxBytes = 10 * 1024 * 1024;
    public const int MaxFileNameLength = 200;
}
