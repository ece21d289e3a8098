using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Application.Suppliers;
using Procurement.Application.Suppliers.Ports;
using Procurement.Domain.Identity;
using Procurement.Domain.Suppliers;
using Procurement.Web.Features.Identity;

namespace Procurement.Web.Features.Suppliers;

/// <summary>A supplier's own company details, and the request to have them verified.</summary>
[Authorize(Roles = Roles.Supplier)]
[Route("my-company")]
public sealed class MyCompanyController(ISupplierRegistry registry) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var supplier = await registry.FindAsync(User.SupplierId() ?? Guid.Empty, cancellationToken);
        return supplier is null ? NotFound() : View("MyCompany", CompanyForm.From(supplier));
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(CompanyForm form, [FromServices] UpdateSupplierProfileHandler handler, CancellationToken cancellationToken)
    {
        var supplierId = User.SupplierId() ?? Guid.Empty;
        var errors = await handler.HandleAsync(
            new UpdateSupplierProfile(
                supplierId, User.UserId(), form.TradingName, form.Country ?? string.Empty, form.Region ?? string.Empty, form.Size ?? string.Empty,
                form.Description ?? string.Empty, form.CpvCodes ?? string.Empty, form.Submit),
            cancellationToken);
        if (errors.Count > 0)
        {
            ModelState.AddFieldErrors(errors);
            var supplier = await registry.FindAsync(supplierId, cancellationToken);
            return View("MyCompany", form with
            {
                LegalName = supplier?.LegalName ?? string.Empty,
                Status = supplier?.Status ?? VerificationStatus.Unverified,
                RejectionReason = supplier?.RejectionReason,
                InformationRequest = supplier?.InformationRequest,
            });
        }

        TempData["Message"] = form.Submit ? "Your details were sent for verification. We will e-mail you when an officer has decided." : "Your details were saved.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("alerts")]
    public async Task<IActionResult> Alerts(CompanyForm form, [FromServices] ChangeTenderAlertsHandler handler, CancellationToken cancellationToken)
    {
        var supplierId = User.SupplierId() ?? Guid.Empty;
        var errors = await handler.HandleAsync(new ChangeTenderAlerts(supplierId, form.TenderAlerts ?? string.Empty), cancellationToken);
        if (errors.Count > 0)
        {
            var supplier = await registry.FindAsync(supplierId, cancellationToken);
            ModelState.Clear();
            ModelState.AddFieldErrors(errors.Select(error => error with { Field = nameof(form.TenderAlerts) }));
            return supplier is null ? NotFound() : View("MyCompany", CompanyForm.From(supplier) with { TenderAlerts = form.TenderAlerts });
        }

        TempData["Message"] = "Your tender alerts were saved.";
        return RedirectToAction(nameof(Index));
    }
}

/// <remarks>MVC binds an empty input as null, so every field a person may leave empty is nullable.</remarks>
public sealed record CompanyForm
{
    [Display(Name = "CPV prefixes to follow")]
    public string? TenderAlerts { get; init; }

    public string LegalName { get; init; } = string.Empty;
    public VerificationStatus Status { get; init; }
    public string? RejectionReason { get; init; }
    public string? SuspensionReason { get; init; }
    public string? InformationRequest { get; init; }

    [Display(Name = "Trading name (if different)")]
    public string? TradingName { get; init; }

    [Display(Name = "Country (two-letter code)")]
    public string? Country { get; init; } = "GB";

    [Display(Name = "Region")]
    public string? Region { get; init; } = string.Empty;

    [Display(Name = "Company size")]
    public string? Size { get; init; } = string.Empty;

    [Display(Name = "What your company supplies")]
    public string? Description { get; init; } = string.Empty;

    [Display(Name = "CPV categories")]
    public string? CpvCodes { get; init; } = string.Empty;

    public bool Submit { get; init; }

    public bool Editable => Status is VerificationStatus.Unverified or VerificationStatus.Rejected or VerificationStatus.InformationRequested;

    public static CompanyForm From(Supplier supplier) => new()
    {
        LegalName = supplier.LegalName,
        Status = supplier.Status,
        RejectionReason = supplier.RejectionReason,
        InformationRequest = supplier.InformationRequest,
        SuspensionReason = supplier.SuspendedUntil is { } until ? $"{supplier.SuspensionReason} (until {until:d MMMM yyyy})" : supplier.SuspensionReason,
        TradingName = supplier.TradingName,
        Country = string.IsNullOrEmpty(supplier.Country) ? "GB" : supplier.Country,
        Region = supplier.Region,
        Size = supplier.Description.Length == 0 ? string.Empty : supplier.Size.ToString(),
        Description = supplier.Description,
        CpvCodes = string.Join(", ", supplier.CpvCodes),
        TenderAlerts = string.Join(", ", supplier.SubscribedCpvPrefixes),
    };
}
