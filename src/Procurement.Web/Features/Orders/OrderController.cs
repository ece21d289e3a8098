using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Application.Orders;
using Procurement.Application.Orders.Ports;
using Procurement.Web.Features.Identity;

namespace Procurement.Web.Features.Orders;

/// <summary>
/// One order under <c>/orders/{id}</c>, for its agency's buyers and approvers and its supplier's users (anyone else
/// gets 404): the page, each step's form (one use case per action; a step that is not the viewer's to take is 403)
/// and the invoice download.
/// </summary>
[Authorize]
[Route("orders/{id:guid}")]
[RequestSizeLimit(InvoiceFile.MaxBytes + (1024 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = InvoiceFile.MaxBytes + (1024 * 1024))]
public sealed class OrderController(IOrderCatalog catalog) : Controller
{
    private const string Form = nameof(OrderPage.Form);

    [HttpGet("")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken) => await PageAsync(id, new OrderActionForm(), cancellationToken);

    [HttpPost("approve")]
    public Task<IActionResult> Approve(Guid id, [FromServices] ApproveOrderHandler handler, CancellationToken cancellationToken) =>
        StepAsync(id, new OrderActionForm(), "The order is approved.", string.Empty, () => handler.HandleAsync(new ApproveOrder(User.OrderActor(), id), cancellationToken), cancellationToken);

    [HttpPost("reject")]
    public Task<IActionResult> Reject(Guid id, [Bind(Prefix = Form)] OrderActionForm form, [FromServices] RejectOrderHandler handler, CancellationToken cancellationToken) =>
        StepAsync(id, form, "The order is rejected and the buyer has been told.", nameof(form.RejectReason),
            () => handler.HandleAsync(new RejectOrder(User.OrderActor(), id, form.RejectReason), cancellationToken), cancellationToken);

    [HttpPost("accept")]
    public Task<IActionResult> Accept(Guid id, [FromServices] AcceptOrderHandler handler, CancellationToken cancellationToken) =>
        StepAsync(id, new OrderActionForm(), "You accepted the order.", string.Empty, () => handler.HandleAsync(new AcceptOrder(User.OrderActor(), id), cancellationToken), cancellationToken);

    [HttpPost("decline")]
    public Task<IActionResult> Decline(Guid id, [Bind(Prefix = Form)] OrderActionForm form, [FromServices] DeclineOrderHandler handler, CancellationToken cancellationToken) =>
        StepAsync(id, form, "You declined the order and the buyer has been told.", nameof(form.DeclineReason),
            () => handler.HandleAsync(new DeclineOrder(User.OrderActor(), id, form.DeclineReason), cancellationToken), cancellationToken);

    [HttpPost("ship")]
    public Task<IActionResult> Ship(Guid id, [Bind(Prefix = Form)] OrderActionForm form, [FromServices] MarkShippedHandler handler, CancellationToken cancellationToken) =>
        StepAsync(id, form, "The order is marked shipped and the buyer has been told.", nameof(form.ShipNote),
            () => handler.HandleAsync(new MarkShipped(User.OrderActor(), id, form.ShipNote), cancellationToken), cancellationToken);

    [HttpPost("confirm-delivery")]
    public Task<IActionResult> ConfirmDelivery(Guid id, [Bind(Prefix = Form)] OrderActionForm form, [FromServices] ConfirmDeliveryHandler handler, CancellationToken cancellationToken) =>
        StepAsync(id, form, "The delivery is recorded.", nameof(form.Received),
            () => handler.HandleAsync(
                new ConfirmDelivery(User.OrderActor(), id, form.Received.Where(pair => pair.Value is not null).ToDictionary(pair => pair.Key, pair => pair.Value!.Value)),
                cancellationToken),
            cancellationToken);

    [HttpPost("cancel")]
    public Task<IActionResult> Cancel(Guid id, [Bind(Prefix = Form)] OrderActionForm form, [FromServices] CancelOrderHandler handler, CancellationToken cancellationToken) =>
        StepAsync(id, form, "The order is cancelled and the supplier has been told.", nameof(form.CancelReason),
            () => handler.HandleAsync(new CancelOrder(User.OrderActor(), id, form.CancelReason), cancellationToken), cancellationToken);

    [HttpPost("invoice")]
    public async Task<IActionResult> UploadInvoice(Guid id, [Bind(Prefix = Form)] OrderActionForm form, [FromServices] UploadInvoiceHandler handler, CancellationToken cancellationToken)
    {
        byte[]? content = null;
        if (form.Document is { Length: > 0 and <= InvoiceFile.MaxBytes } upload)
        {
            using var buffer = new MemoryStream();
            await upload.CopyToAsync(buffer, cancellationToken);
            content = buffer.ToArray();
        }
        else if (form.Document is { Length: > InvoiceFile.MaxBytes })
        {
            content = new byte[InvoiceFile.MaxBytes + 1];
        }

        return await StepAsync(id, form, "The invoice is sent to the agency.", nameof(form.InvoiceNumber),
            () => handler.HandleAsync(new UploadInvoice(User.OrderActor(), id, form.InvoiceNumber, form.Document?.FileName, content), cancellationToken), cancellationToken);
    }

    [HttpPost("invoice-paid")]
    public Task<IActionResult> MarkInvoicePaid(Guid id, [Bind(Prefix = Form)] OrderActionForm form, [FromServices] MarkInvoicePaidHandler handler, CancellationToken cancellationToken) =>
        StepAsync(id, form, "The invoice is recorded as paid.", nameof(form.PaymentReference),
            () => handler.HandleAsync(new MarkInvoicePaid(User.OrderActor(), id, form.PaymentReference), cancellationToken), cancellationToken);

    [HttpGet("invoice")]
    public async Task<IActionResult> Invoice(Guid id, [FromServices] IOrderInvoices invoices, CancellationToken cancellationToken)
    {
        var order = await catalog.OrderAsync(id, cancellationToken);
        if (order is null || !User.OrderActor().MaySee(order))
        {
            return NotFound();
        }

        return await invoices.FindAsync(id, cancellationToken) is { } file ? File(file.Content, "application/pdf", file.FileName) : NotFound();
    }

    /// <summary>Runs a step; on success back to the page with <paramref name="done"/>, otherwise the page with the errors beside the form.</summary>
    private async Task<IActionResult> StepAsync(Guid id, OrderActionForm form, string done, string field, Func<Task<OrderChange>> step, CancellationToken cancellationToken)
    {
        var result = await step();
        if (!result.Found)
        {
            return NotFound();
        }

        if (result.Forbidden)
        {
            return Forbid();
        }

        if (!result.Succeeded)
        {
            ModelState.Clear();
            foreach (var error in result.Errors)
            {
                var name = error.Field.Length == 0 || field.Length == 0 || error.Message == OrderChange.ChangedMeanwhile ? string.Empty : $"{Form}.{field}";
                if (name.Length > 0 && error.Field == "Document")
                {
                    name = $"{Form}.{nameof(form.Document)}";
                }

                ModelState.AddModelError(name, error.Message);
            }

            return await PageAsync(id, form, cancellationToken);
        }

        TempData["Message"] = done;
        return Redirect($"/orders/{id:D}");
    }

    private async Task<IActionResult> PageAsync(Guid id, OrderActionForm form, CancellationToken cancellationToken)
    {
        var actor = User.OrderActor();
        var order = await catalog.OrderAsync(id, cancellationToken);
        if (order is null || !actor.MaySee(order))
        {
            return NotFound();
        }

        var agency = await catalog.AgencyNameAsync(order.AgencyId, cancellationToken) ?? string.Empty;
        return View("Show", new OrderPage(order, agency, await catalog.HistoryAsync(id, cancellationToken), actor, form));
    }
}
