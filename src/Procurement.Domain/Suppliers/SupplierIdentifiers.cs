using System.Net.Mail;
using System.Text.RegularExpressions;

namespace Procurement.Domain.Suppliers;

/// <summary>
/// Checks of the identifiers a supplier gives. Each <c>Check</c> returns null and the normalised value when the
/// text is acceptable, or a message a person can act on. Formats differ by country, so the checks are about shape
/// (characters and length), never a national register's own rules: an officer checks the register.
/// </summary>
public static partial class SupplierIdentifiers
{
    public const int MaxRegistrationNumberLength = 30;
    public const int MaxTaxIdentifierLength = 20;
    public const int MaxWebsiteLength = 200;

    /// <summary>A company number, as the register shows it: e.g. 01234567, SC123456, HRB 12345.</summary>
    public static string? CheckRegistrationNumber(string text, out string normalised)
    {
        normalised = Spaces().Replace(text.Trim(), " ").ToUpperInvariant();
        if (normalised.Length < 2 || normalised.Length > MaxRegistrationNumberLength || !RegistrationCharacters().IsMatch(normalised) || !normalised.Any(char.IsAsciiDigit))
        {
            return $"Enter the company number as the register shows it: 2 to {MaxRegistrationNumberLength} letters and digits, with at least one digit, for example 01234567 or SC123456.";
        }

        return null;
    }

    /// <summary>A VAT or similar tax number: an optional two-letter country prefix, then 2 to 18 letters and digits.</summary>
    public static string? CheckTaxIdentifier(string text, out string normalised)
    {
        normalised = TaxSeparators().Replace(text.Trim(), string.Empty).ToUpperInvariant();
        if (normalised.Length < 4 || normalised.Length > MaxTaxIdentifierLength || !TaxShape().IsMatch(normalised) || normalised.Count(char.IsAsciiDigit) < 2)
        {
            return "Enter the VAT or tax number with or without its country prefix, for example GB123456789 or IE1234567T; spaces, dots and dashes are ignored.";
        }

        return null;
    }

    /// <summary>The company's web site: an absolute http or https address, without user name or password.</summary>
    public static string? CheckWebsite(string text, out string normalised)
    {
        normalised = text.Trim();
        if (normalised.Length > MaxWebsiteLength
            || !Uri.TryCreate(normalised, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.UserInfo.Length > 0
            || !uri.Host.Contains('.', StringComparison.Ordinal))
        {
            return $"Enter the full web address, starting with https:// or http://, for example https://www.example.co.uk (at most {MaxWebsiteLength} characters).";
        }

        normalised = uri.AbsoluteUri;
        return null;
    }

    public static string? CheckEmail(string text, out string normalised)
    {
        normalised = text.Trim();
        if (normalised.Length > 254 || !MailAddress.TryCreate(normalised, out var address) || address.Address != normalised || !address.Host.Contains('.', StringComparison.Ordinal))
        {
            return "Enter an e-mail address like name@example.co.uk.";
        }

        return null;
    }

    /// <summary>A telephone number: digits with optional +, spaces, brackets and dashes; 6 to 15 digits (ITU-T E.164).</summary>
    public static string? CheckPhone(string text, out string normalised)
    {
        normalised = Spaces().Replace(text.Trim(), " ");
        var digits = normalised.Count(char.IsAsciiDigit);
        if (!PhoneCharacters().IsMatch(normalised) || digits < 6 || digits > 15)
        {
            return "Enter a telephone number of 6 to 15 digits, for example +44 20 7946 0000 or 020 7946 0000.";
        }

        return null;
    }

    /// <summary>Throws the problem, if any: for the aggregate's own methods, after the form has shown every problem.</summary>
    internal static string Require(string? problem, string normalised) =>
        problem is null ? normalised : throw new DomainRuleException(problem);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^[A-Z0-9][A-Z0-9 ./-]*[A-Z0-9]$")]
    private static partial Regex RegistrationCharacters();

    [GeneratedRegex(@"[\s.\-]")]
    private static partial Regex TaxSeparators();

    [GeneratedRegex(@"^[A-Z0-9]+$")]
    private static partial Regex TaxShape();

    [GeneratedRegex(@"^\+?[0-9 ()\-]+$")]
    private static partial Regex PhoneCharacters();
}
