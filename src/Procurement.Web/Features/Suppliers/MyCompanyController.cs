using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Application.Suppliers;
using Procurement.Application.Suppliers.Ports;
using Procurement.Domain.Identity;
using Procurement.Domain.Suppliers;
using Procurement.Web.Features.Identity;

namespace Procurement.Web.Features.Suppliers;

/// <summary>
/// A supplier's own company: the registration wizard (one page per step, each saved to the database, so a draft
/// resumes where it was left), the review and submission, later edits, and tender alerts. The company always comes
/// from the signed-in user's claim, never from the request.
/// </summary>
[Authorize(Roles = Roles.Supplier)]
[Route("my-company")]
public sealed class MyCompanyController(ISupplierRegistry registry) : Controller
{
    private const string FormSteps = "{step:regex(^(company|address|about|categories|contacts)$)}";

    private Guid SupplierId => User.SupplierId() ?? Guid.Empty;

    /// <summary>A draft resumes at its first incomplete step; any other company sees its overview.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (await registry.FindAsync(SupplierId, cancellationToken) is not { } supplier)
        {
            return NotFound();
        }

        if (supplier.MayEditDetails)
        {
            TempData.Keep();
            return Redirect(RegistrationSteps.Path(RegistrationSteps.FirstIncomplete(supplier)));
        }

        return View("Review", new CompanyOverview(supplier, supplier.MissingForVerification()));
    }

    [HttpGet(FormSteps)]
    public async Task<IActionResult> Step(string step, CancellationToken cancellationToken)
    {
        if (await registry.FindAsync(SupplierId, cancellationToken) is not { } supplier)
        {
            return NotFound();
        }

        if (!supplier.MayEditDetails && supplier.Status != VerificationStatus.Verified)
        {
            return RedirectToAction(nameof(Index));
        }

        return View("Step", RegistrationForm.From(supplier, RegistrationSteps.FromSlug(step)!.Value).WithContactRows());
    }

    [HttpPost(FormSteps)]
    public async Task<IActionResult> Step(string step, RegistrationForm form, [FromServices] EditSupplierDetailsHandler handler, CancellationToken cancellationToken)
    {
        if (await registry.FindAsync(SupplierId, cancellationToken) is not { } supplier)
        {
            return NotFound();
        }

        var current = RegistrationSteps.FromSlug(step)!.Value;
        var pendingBefore = supplier.PendingIdentityChange?.RequestedAt;
        var errors = await handler.HandleAsync(ToCommand(current, form), cancellationToken);
        if (errors.Count > 0)
        {
            ModelState.Clear();
            ModelState.AddFieldErrors(errors);
            return View("Step", (form with { Step = current, CurrentLegalName = supplier.LegalName, Status = supplier.Status, OfficerMessage = RegistrationForm.OfficerMessageOf(supplier) }).WithContactRows());
        }

        if (supplier.Status == VerificationStatus.Verified)
        {
            TempData["Message"] = supplier.PendingIdentityChange is { } pending && pending.RequestedAt != pendingBefore
                ? "Your change of legal details was sent to an officer. Your company stays verified under its current details until they approve it."
                : "Your change was saved.";
            return RedirectToAction(nameof(Index));
        }

        if (form.Next == "later")
        {
            TempData["Message"] = "Your details were saved. Sign in and choose My company to carry on where you left off.";
            return Redirect(RegistrationSteps.Path(RegistrationStep.Review));
        }

        return Redirect(RegistrationSteps.Path(current + 1));
    }

    [HttpGet("review")]
    public async Task<IActionResult> Review(CancellationToken cancellationToken)
    {
        if (await registry.FindAsync(SupplierId, cancellationToken) is not { } supplier)
        {
            return NotFound();
        }

        return supplier.MayEditDetails ? View("Review", new CompanyOverview(supplier, supplier.MissingForVerification())) : RedirectToAction(nameof(Index));
    }

    [HttpPost("review")]
    public async Task<IActionResult> Submit([FromServices] SubmitSupplierForVerificationHandler handler, CancellationToken cancellationToken)
    {
        var errors = await handler.HandleAsync(new SubmitSupplierForVerification(SupplierId, User.UserId()), cancellationToken);
        if (errors.Count > 0)
        {
            ModelState.AddFieldErrors(errors);
            return await Review(cancellationToken);
        }

        TempData["Message"] = "Your details were sent for verification. We will e-mail you when an officer has decided.";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("alerts")]
    public async Task<IActionResult> Alerts(CancellationToken cancellationToken) =>
        await registry.FindAsync(SupplierId, cancellationToken) is { } supplier
            ? View("Alerts", new AlertsForm { TenderAlerts = string.Join(", ", supplier.SubscribedCpvPrefixes) })
            : NotFound();

    [HttpPost("alerts")]
    public async Task<IActionResult> Alerts(AlertsForm form, [FromServices] ChangeTenderAlertsHandler handler, CancellationToken cancellationToken)
    {
        var errors = await handler.HandleAsync(new ChangeTenderAlerts(SupplierId, form.TenderAlerts ?? string.Empty), cancellationToken);
        if (errors.Count > 0)
        {
            ModelState.Clear();
            ModelState.AddFieldErrors(errors.Select(error => error with { Field = nameof(form.TenderAlerts) }));
            return View("Alerts", form);
        }

        TempData["Message"] = "Your tender alerts were saved.";
        return RedirectToAction(nameof(Alerts));
    }

    private SupplierDetailsStep ToCommand(RegistrationStep step, RegistrationForm form)
    {
        var (supplierId, userId) = (SupplierId, User.UserId());
        return step switch
        {
            RegistrationStep.Company => new CompanyStep(supplierId, userId, form.LegalName ?? "", form.TradingName, form.RegistrationNumber, form.TaxIdentifier),
            RegistrationStep.Address => new AddressStep(supplierId, userId, form.Country ?? "", form.Region ?? "", form.AddressLine1 ?? "", form.AddressLine2, form.Town ?? "", form.Postcode),
            RegistrationStep.About => new AboutStep(supplierId, userId, form.Size ?? "", form.Description ?? "", form.Website),
            RegistrationStep.Categories => new CategoriesStep(supplierId, userId, form.CpvCodes ?? ""),
            _ => new ContactsStep(supplierId, userId, form.Contacts.Select(c => new ContactInput(c.Name, c.Role, c.Email, c.Phone)).ToList()),
        };
    }
}

