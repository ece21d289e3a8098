using System.Security.Cryptography;
using Procurement.Application.Orders.Ports;
using Procurement.Domain.Files;

namespace Procurement.Application.Orders;

public sealed record UploadInvoice(OrderActor Actor, Guid OrderId, string? InvoiceNumber, string? FileName, byte[]? Content);

/// <summary>
/// The supplier invoices an accepted invoice-paid order: a PDF (recognised by its content, at most 10 MB) kept in the
/// database with its SHA-256, for the order's total as raised (never an amount typed in). The agency's approvers are
/// told to pay it.
/// </summary>
public sealed class UploadInvoiceHandler(OrderSteps steps, IOrderInvoices invoices)
{
    public Task<OrderChange> HandleAsync(UploadInvoice command, CancellationToken cancellationToken)
    {
        if (FileProblem(command) is { } problem)
        {
            return Task.FromResult(OrderChange.Refused(command.OrderId, problem, "Document"));
        }

        var fileId = Guid.NewGuid();
        return steps.RunAsync(
            command.Actor,
            command.OrderId,
            command.Actor.IsSupplierSide,
            (order, now) =>
            {
                order.AttachInvoice(command.Actor.SupplierId!.Value, command.InvoiceNumber ?? string.Empty, order.Total, fileId, command.Actor.UserId, now);
                invoices.Store(new InvoiceFile(
                    fileId, order.Id, SafeFileName(command.FileName, order.Number), Convert.ToHexStringLower(SHA256.HashData(command.Content!)), command.Content!, now));
            },
            order => ([OrderAudience.Approvers, OrderAudience.Buyer], "invoice received",
                $"The supplier sent invoice {order.InvoiceNumber} for {order.Total}. An approver records its payment on the order's page."),
            cancellationToken,
            errorField: nameof(UploadInvoice.InvoiceNumber));
    }

    private static string? FileProblem(UploadInvoice command) =>
        command.Content is not { Length: > 0 } content ? "Choose the invoice to upload, as a PDF file."
        : content.Length > InvoiceFile.MaxBytes ? $"The invoice is larger than {InvoiceFile.MaxBytes / (1024 * 1024)} MB; upload a smaller PDF."
        : FileType.Detect(content) != FileType.Pdf ? "The invoice must be a PDF file; this file is not one."
        : null;

    private static string SafeFileName(string? fileName, string orderNumber)
    {
        var name = Path.GetFileName(fileName ?? string.Empty).Trim();
        name = new string([.. name.Where(c => !char.IsControl(c) && c is not ('"' or '\\' or '/'))]);
        if (name.Length == 0)
        {
            name = $"invoice-{orderNumber}.pdf";
        }

        return name.Length > InvoiceFile.MaxFileNameLength ? name[^InvoiceFile.MaxFileNameLength..] : name;
    }
}
