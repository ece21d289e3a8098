using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Procurement.Infrastructure.Identity;

namespace Procurement.Web.Features.Identity;

/// <summary>Sign-in (password, then authenticator code or recovery code), sign-out and their outcome pages.</summary>
[AllowAnonymous]
[Route("account")]
public sealed class AccountController(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users) : Controller
{
    private const string DefaultDestination = "/dashboard";

    [HttpGet("sign-in")]
    public IActionResult SignIn(string? returnUrl) => View(new SignInModel { ReturnUrl = returnUrl });

    [HttpPost("sign-in")]
    public async Task<IActionResult> SignIn(SignInModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var result = await signIn.PasswordSignInAsync(model.Email.Trim(), model.Password, model.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl(model.ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToAction(nameof(SignInTwoFactor), new { model.ReturnUrl, model.RememberMe });
        }

        if (result.IsLockedOut)
        {
            return RedirectToAction(nameof(LockedOut));
        }

        if (result.IsNotAllowed)
        {
            return await UnconfirmedAccountAsync(model);
        }

        ModelState.AddModelError(string.Empty, WrongPassword);
        return View(model);
    }

    /// <summary>
    /// Identity refuses an unconfirmed account before it checks lockout or the password, so both are checked here:
    /// guesses still lock the account, and only whoever knows the password learns that it needs confirming.
    /// </summary>
    private async Task<IActionResult> UnconfirmedAccountAsync(SignInModel model)
    {
        var user = await users.FindByEmailAsync(model.Email.Trim());
        if (user is not null && await users.IsLockedOutAsync(user))
        {
            return RedirectToAction(nameof(LockedOut));
        }

        if (user is not null && await users.CheckPasswordAsync(user, model.Password))
        {
            ModelState.AddModelError(string.Empty, "Confirm your e-mail address before signing in: open the link in the message we sent when you registered.");
            return View(model);
        }

        if (user is not null)
        {
            await users.AccessFailedAsync(user);
            if (await users.IsLockedOutAsync(user))
            {
                return RedirectToAction(nameof(LockedOut));
            }
        }

        ModelState.AddModelError(string.Empty, WrongPassword);
        return View(model);
    }

    private const string WrongPassword = "The e-mail address or password is not right. After 5 wrong attempts the account is locked for 15 minutes.";

    [HttpGet("sign-in/two-factor")]
    public async Task<IActionResult> SignInTwoFactor(string? returnUrl, bool rememberMe)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(SignIn));
        }

        return View(new TwoFactorSignInModel { ReturnUrl = returnUrl, RememberMe = rememberMe });
    }

    [HttpPost("sign-in/two-factor")]
    public async Task<IActionResult> SignInTwoFactor(TwoFactorSignInModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var code = model.Code.Replace(" ", string.Empty, StringComparison.Ordinal).Trim();
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, model.RememberMe, model.RememberDevice);
        return await TwoFactorOutcome(result, model.ReturnUrl, model, nameof(model.Code),
            "That code is not right. Codes change every 30 seconds: enter the one your app shows now.");
    }

    [HttpGet("sign-in/recovery-code")]
    public IActionResult SignInRecoveryCode(string? returnUrl) => View(new RecoveryCodeSignInModel { ReturnUrl = returnUrl });

    [HttpPost("sign-in/recovery-code")]
    public async Task<IActionResult> SignInRecoveryCode(RecoveryCodeSignInModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(model.RecoveryCode.Replace(" ", string.Empty, StringComparison.Ordinal));
        return await TwoFactorOutcome(result, model.ReturnUrl, model, nameof(model.RecoveryCode),
            "That recovery code is not right, or has been used already. Each code works once.");
    }

    [HttpPost("sign-out")]
    [AllowDuringTwoFactorEnrolment]
    public async Task<IActionResult> SignOutOfService()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }

    [HttpGet("locked-out")]
    public IActionResult LockedOut() => View();

    [HttpGet("access-denied")]
    public IActionResult AccessDenied() => View();

    private async Task<IActionResult> TwoFactorOutcome(Microsoft.AspNetCore.Identity.SignInResult result, string? returnUrl, object model, string field, string wrongCode)
    {
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl(returnUrl));
        }

        if (result.IsLockedOut)
        {
            return RedirectToAction(nameof(LockedOut));
        }

        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(SignIn));
        }

        ModelState.AddModelError(field, wrongCode);
        return View(model);
    }

    private string SafeReturnUrl(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl : DefaultDestination;
}
