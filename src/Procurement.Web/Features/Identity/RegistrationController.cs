using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Procurement.Application.Identity;
using Procurement.Infrastructure.Notifications;

namespace Procurement.Web.Features.Identity;

/// <summary>A supplier registers a company account and confirms the e-mail address.</summary>
[AllowAnonymous]
[Route("account")]
public sealed class RegistrationController : Controller
{
    [HttpGet("register")]
    public IActionResult Register() => View(new RegisterModel());

    [HttpPost("register")]
    public async Task<IActionResult> Register(RegisterModel model, [FromServices] RegisterSupplierAccountHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(
            new RegisterSupplierAccount(model.CompanyLegalName, model.DisplayName, model.Email, model.Password, model.ConfirmPassword),
            cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddFieldErrors(result.Errors);
            return View(model);
        }

        return RedirectToAction(nameof(CheckYourEmail), new { email = model.Email.Trim() });
    }

    [HttpGet("register/check-your-email")]
    public IActionResult CheckYourEmail(string email, [FromServices] IOptions<MailOptions> mail)
    {
        ViewData["Email"] = email;
        ViewData["PickupDirectory"] = string.IsNullOrWhiteSpace(mail.Value.SmtpHost) ? mail.Value.PickupDirectory : null;
        return View();
    }

    [HttpGet("confirm-email/resend")]
    public IActionResult ResendConfirmation() => View(new ForgotPasswordModel());

    [HttpPost("confirm-email/resend")]
    public async Task<IActionResult> ResendConfirmation(ForgotPasswordModel model, [FromServices] ResendEmailConfirmationHandler handler, CancellationToken cancellationToken)
    {
        var errors = await handler.HandleAsync(new ResendEmailConfirmation(model.Email), cancellationToken);
        if (errors.Count > 0)
        {
            ModelState.AddFieldErrors(errors);
            return View(model);
        }

        return RedirectToAction(nameof(CheckYourEmail), new { email = model.Email.Trim() });
    }

    [HttpGet("confirm-email")]
    public async Task<IActionResult> ConfirmEmail(Guid userId, string? token, [FromServices] ConfirmEmailHandler handler)
    {
        var confirmed = await handler.HandleAsync(new ConfirmEmail(userId, token ?? string.Empty));
        return View(confirmed);
    }
}
