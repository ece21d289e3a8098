using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Procurement.Infrastructure.Identity;
using QRCoder;

namespace Procurement.Web.Features.Identity;

/// <summary>Enrols an authenticator app (TOTP, RFC 6238) and hands out one-time recovery codes.</summary>
[Authorize]
[AllowDuringTwoFactorEnrolment]
[Route("account/two-factor")]
public sealed class TwoFactorController(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, UrlEncoder urlEncoder) : Controller
{
    public const string EnrolPath = "/account/two-factor/enrol";
    private const string Issuer = "Procurement";

    [HttpGet("enrol")]
    public async Task<IActionResult> Enrol()
    {
        var user = await CurrentUserAsync();

        // Once enrolled, the key is never shown again: whoever holds the session must not be able to copy it.
        return user.TwoFactorEnabled ? View("TwoFactorOn", new ManageTwoFactorModel()) : View(await EnrolmentModelAsync(user, new EnrolTwoFactorModel()));
    }

    [HttpPost("enrol")]
    public async Task<IActionResult> Enrol(EnrolTwoFactorModel model)
    {
        var user = await CurrentUserAsync();
        if (user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(Enrol));
        }

        if (!ModelState.IsValid)
        {
            return View(await EnrolmentModelAsync(user, model));
        }

        var code = model.Code.Replace(" ", string.Empty, StringComparison.Ordinal).Trim();
        var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code);
        if (!valid)
        {
            ModelState.AddModelError(nameof(model.Code), "That code is not right. Check the app shows Procurement, and enter the code it shows now.");
            return View(await EnrolmentModelAsync(user, model));
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var recoveryCodes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? [];

        // The user has just proven both factors: issue a fresh cookie that records it and drops the enrolment claim,
        // keeping the "keep me signed in" choice made at sign-in.
        var current = await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        await signIn.SignInWithClaimsAsync(user, current.Properties?.IsPersistent ?? false, [new("amr", "mfa")]);
        return View("RecoveryCodes", recoveryCodes.ToList());
    }

    /// <summary>
    /// Replaces a lost or compromised authenticator (the old key stops working and a new one must be enrolled), or
    /// issues new recovery codes. Both ask for the password again, so a session left open cannot be used to take
    /// over the second factor.
    /// </summary>
    [HttpPost("manage")]
    public async Task<IActionResult> Manage(ManageTwoFactorModel model)
    {
        var user = await CurrentUserAsync();
        if (!user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(Enrol));
        }

        if (!await users.CheckPasswordAsync(user, model.CurrentPassword))
        {
            await users.AccessFailedAsync(user);
            ModelState.AddModelError(nameof(model.CurrentPassword), "That is not your current password.");
            return View("TwoFactorOn", model);
        }

        if (model.Action == ManageTwoFactorModel.NewRecoveryCodes)
        {
            var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? [];
            return View("RecoveryCodes", codes.ToList());
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        return RedirectToAction(nameof(Enrol));
    }

    private async Task<ApplicationUser> CurrentUserAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("The signed-in user no longer exists.");

    private async Task<EnrolTwoFactorModel> EnrolmentModelAsync(ApplicationUser user, EnrolTwoFactorModel model)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key could be made.");
        }

        var email = await users.GetEmailAsync(user) ?? user.Id.ToString();
        var uri = $"otpauth://totp/{urlEncoder.Encode(Issuer)}:{urlEncoder.Encode(email)}?secret={key}&issuer={urlEncoder.Encode(Issuer)}&digits=6";
        using var qr = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        model.QrCodeSvg = new SvgQRCode(qr).GetGraphic(4);
        model.SharedKey = string.Join(' ', key.Chunk(4).Select(chunk => new string(chunk))).ToLowerInvariant();
        return model;
    }
}
