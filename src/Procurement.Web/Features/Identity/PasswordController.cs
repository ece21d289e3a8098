using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Application.Identity;

namespace Procurement.Web.Features.Identity;

/// <summary>Forgotten password: ask for a link by e-mail, then choose a new password.</summary>
[AllowAnonymous]
[Route("account")]
public sealed class PasswordController : Controller
{
    [HttpGet("forgot-password")]
    public IActionResult ForgotPassword() => View(new ForgotPasswordModel());

    [HttpPost("forgot-password")]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordModel model, [FromServices] RequestPasswordResetHandler handler, CancellationToken cancellationToken)
    {
        var errors = await handler.HandleAsync(new RequestPasswordReset(model.Email), cancellationToken);
        if (errors.Count > 0)
        {
            ModelState.AddFieldErrors(errors);
            return View(model);
        }

        return View("ForgotPasswordSent", model.Email.Trim());
    }

    [HttpGet("reset-password")]
    public IActionResult ResetPassword(string? email, string? token) =>
        View(new ResetPasswordModel { Email = email ?? string.Empty, Token = token ?? string.Empty });

    [HttpPost("reset-password")]
    public async Task<IActionResult> ResetPassword(ResetPasswordModel model, [FromServices] ResetPasswordHandler handler)
    {
        var result = await handler.HandleAsync(new ResetPassword(model.Email, model.Token, model.Password, model.ConfirmPassword));
        if (!result.Succeeded)
        {
            ModelState.AddFieldErrors(result.Errors);
            return View(model);
        }

        return View("PasswordChanged");
    }
}
