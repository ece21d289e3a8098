using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Application.Suppliers;
using Procurement.Application.Suppliers.Ports;
using Procurement.Domain.Identity;
using Procurement.Web.Features.Identity;
using Procurement.Web.Features.Suppliers;

namespace Procurement.Web.Features.Verification;

/// <summary>The queue of suppliers waiting for verification, and the officer's decision on each.</summary>
[Authorize(Roles = $"{Roles.Officer},{Roles.Admin}")]
[Route("verification")]
public sealed class VerificationController(ISupplierRegistry registry) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new QueueModel(
            await registry.PendingAsync(cancellationToken), await registry.IdentityChangesAsync(cancellationToken), await registry.SuspendedAsync(cancellationToken)));

    /// <summary>A supplier's certificate, for the officer checking it; the public never gets the file.</summary>
    [HttpGet("{id:guid}/certificates/{certificateId:guid}")]
    public async Task<IActionResult> Certificate(Guid id, Guid certificateId, CancellationToken cancellationToken) =>
        await registry.CertificateFileAsync(id, certificateId, cancellationToken) is { } file ? this.CertificateFile(file) : NotFound();

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Review(Guid id, CancellationToken cancellationToken) =>
        await ReviewPageAsync(id, new DecisionForm(), cancellationToken);

    [HttpPost("{id:guid}")]
    public async Task<IActionResult> Review(Guid id, DecisionForm form, [FromServices] DecideSupplierVerificationHandler handler, CancellationToken cancellationToken)
    {
        if (await registry.FindAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        if (!Enum.TryParse<VerificationDecision>(form.Decision, ignoreCase: true, out var decision))
        {
            ModelState.AddModelError(nameof(form.Decision), "Choose a decision.");
            return await ReviewPageAsync(id, form, cancellationToken);
        }

        var until = form.Until is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero) : (DateTimeOffset?)null;
        var errors = await handler.HandleAsync(new DecideSupplierVerification(id, User.UserId(), decision, form.Reason, until), cancellationToken);
        if (errors.Count > 0)
        {
            ModelState.AddFieldErrors(errors);
            return await ReviewPageAsync(id, form, cancellationToken);
        }

        TempData["Message"] = decision switch
        {
            VerificationDecision.Verify => "The supplier is verified and has been told.",
            VerificationDecision.Reject => "The supplier has been told why it was not verified.",
            VerificationDecision.RequestInformation => "Your question has been sent to the supplier.",
            VerificationDecision.Suspend => "The supplier is suspended and has been told why.",
            VerificationDecision.ApproveIdentityChange => "The new legal details apply and the supplier has been told.",
            VerificationDecision.RejectIdentityChange => "The change was discarded and the supplier has been told why.",
            _ => "The supplier is reinstated and has been told.",
        };
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> ReviewPageAsync(Guid id, DecisionForm form, CancellationToken cancellationToken)
    {
        var supplier = await registry.FindAsync(id, cancellationToken);
        return supplier is null ? NotFound() : View("Review", new ReviewModel(supplier, await registry.HistoryAsync(id, cancellationToken), form));
    }
}

public sealed record DecisionForm
{
    /// <summary>A <see cref="VerificationDecision"/> name: verify, reject, suspend or reinstate.</summary>
    public string? Decision { get; init; }

    public string? Reason { get; init; }

    /// <summary>Last day of a debarment; empty for a suspension until further notice.</summary>
    public DateOnly? Until { get; init; }
}

public sealed record ReviewModel(Domain.Suppliers.Supplier Supplier, IReadOnlyList<Domain.Suppliers.SupplierDecision> History, DecisionForm Form);

public sealed record QueueModel(IReadOnlyList<PendingSupplier> Pending, IReadOnlyList<IdentityChangeRequest> IdentityChanges, IReadOnlyList<SuspendedSupplier> Suspended);
