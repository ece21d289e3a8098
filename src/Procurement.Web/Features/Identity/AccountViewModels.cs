using System.ComponentModel.DataAnnotations;

namespace Procurement.Web.Features.Identity;

public sealed class SignInModel
{
    [Display(Name = "E-mail address")]
    [Required(ErrorMessage = "Enter your e-mail address.")]
    public string Email { get; set; } = string.Empty;

    [Display(Name = "Password")]
    [Required(ErrorMessage = "Enter your password.")]
    public string Password { get; set; } = string.Empty;

    [Display(Name = "Keep me signed in on this device")]
    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class TwoFactorSignInModel
{
    [Display(Name = "Six-digit code from your authenticator app")]
    [Required(ErrorMessage = "Enter the six-digit code from your authenticator app.")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "The code is six digits, like 123456.")]
    public string Code { get; set; } = string.Empty;

    [Display(Name = "Do not ask for a code again on this device for 14 days")]
    public bool RememberDevice { get; set; }

    public bool RememberMe { get; set; }
    public string? ReturnUrl { get; set; }
}

public sealed class RecoveryCodeSignInModel
{
    [Display(Name = "Recovery code")]
    [Required(ErrorMessage = "Enter one of the recovery codes you saved when you set up two-factor sign-in.")]
    public string RecoveryCode { get; set; } = string.Empty;

    public string? ReturnUrl { get; set; }
}

public sealed class RegisterModel
{
    [Display(Name = "Company legal name")]
    public string CompanyLegalName { get; set; } = string.Empty;

    [Display(Name = "Your full name")]
    public string DisplayName { get; set; } = string.Empty;

    [Display(Name = "E-mail address")]
    public string Email { get; set; } = string.Empty;

    [Display(Name = "Password")]
    public string Password { get; set; } = string.Empty;

    [Display(Name = "Confirm password")]
    public string ConfirmPassword { get; set; } = string.Empty;
}

public sealed class ForgotPasswordModel
{
    [Display(Name = "E-mail address")]
    public string Email { get; set; } = string.Empty;
}

public sealed class ResetPasswordModel
{
    public string Email { get; set; } = string.Empty;
    public string Token { get; set; } = string.Empty;

    [Display(Name = "New password")]
    public string Password { get; set; } = string.Empty;

    [Display(Name = "Confirm new password")]
    public string ConfirmPassword { get; set; } = string.Empty;
}

public sealed class EnrolTwoFactorModel
{
    [Display(Name = "Six-digit code from your authenticator app")]
    [Required(ErrorMessage = "Enter the six-digit code your authenticator app shows for Procurement.")]
    public string Code { get; set; } = string.Empty;

    public string SharedKey { get; set; } = string.Empty;
    public string QrCodeSvg { get; set; } = string.Empty;
}

public sealed class ManageTwoFactorModel
{
    public const string NewAuthenticator = "new-authenticator";
    public const string NewRecoveryCodes = "new-recovery-codes";

    [Display(Name = "Your current password")]
    public string CurrentPassword { get; set; } = string.Empty;

    public string Action { get; set; } = NewAuthenticator;
}
