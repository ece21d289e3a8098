using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Application.Suppliers;
using Procurement.Application.Suppliers.Ports;
using Procurement.Domain.Identity;
using Procurement.Web.Features.Identity;

namespace Procurement.Web.Features.Verification;

/// <summary>The queue of suppliers waiting for verification, and the officer's decision on each.</summary>
[Authorize(Roles = $"{Roles.Officer},{Roles.Admin}")]
[Route("verification")]
public sealed class VerificationController(ISupplierRegistry registry) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await registry.PendingAsync(cancellationToken));

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Review(Guid id, CancellationToken cancellationToken) =>
        await ReviewPageAsync(id, new DecisionForm(), cancellationToken);

    [HttpPost("{id:guid}")]
    public async Task<IActionResult> Review(Guid id, DecisionForm form, [FromServices] DecideSupplierVerificationHandler handler, CancellationToken cancellationToken)
    {
        var errors = await handler.HandleAsync(new DecideSupplierVerification(id, User.UserId(), form.Decision == DecisionForm.Approve, form.Reason), cancellationToken);
        if (errors.Count > 0)
        {
            ModelState.AddFieldErrors(errors);
            return await ReviewPageAsync(id, form, cancellationToken);
        }

        TempData["Message"] = form.Decision == DecisionForm.Approve ? "The supplier is verified and has been told." : "The supplier has been told why it was not verified.";
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
    public const string Approve = "approve";
    public const string Reject = "reject";

    public string Decision { get; init; } = string.Empty;

    [System.ComponentModel.DataAnnotations.Display(Name = "Reason (required to reject; sent to the supplier)")]
    public string? Reason { get; init; }
}

public sealed record ReviewModel(Domain.Suppliers.Supplier Supplier, IReadOnlyList<Domain.Suppliers.SupplierDecision> History, DecisionForm Form);
