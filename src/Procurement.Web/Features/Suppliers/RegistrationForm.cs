using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Procurement.Domain.Suppliers;

namespace Procurement.Web.Features.Suppliers;

/// <summary>The pages of the registration wizard at /my-company, in order.</summary>
public enum RegistrationStep
{
    Company = 1,
    Address,
    About,
    Categories,
    Contacts,
    Certificates,
    Review,
}

public static class RegistrationSteps
{
    public static readonly (RegistrationStep Step, string Slug, string Label)[] All =
    [
        (RegistrationStep.Company, "company", "Company"),
        (RegistrationStep.Address, "address", "Address"),
        (RegistrationStep.About, "about", "About"),
        (RegistrationStep.Categories, "categories", "Categories"),
        (RegistrationStep.Contacts, "contacts", "Contacts"),
        (RegistrationStep.Certificates, "certificates", "Certificates"),
        (RegistrationStep.Review, "review", "Review and submit"),
    ];

    public static string Path(RegistrationStep step) => $"/my-company/{All.Single(s => s.Step == step).Slug}";

    public static RegistrationStep? FromSlug(string slug) => All.Where(s => s.Slug == slug).Select(s => (RegistrationStep?)s.Step).FirstOrDefault();

    /// <summary>Whether the supplier has saved the step; certificates are optional, so always complete.</summary>
    public static bool IsComplete(Supplier supplier, RegistrationStep step) => step switch
    {
        RegistrationStep.Company => supplier.RegistrationNumber is not null || supplier.TaxIdentifier is not null,
        RegistrationStep.Address => supplier.Address is not null && supplier.Country.Length == 2 && supplier.Region.Length > 0,
        RegistrationStep.About => supplier.Description.Length > 0,
        RegistrationStep.Categories => supplier.CpvCodes.Count > 0,
        RegistrationStep.Contacts => supplier.Contacts.Count > 0,
        _ => true,
    };

    /// <summary>Where the wizard resumes: the first step not yet saved, or the review.</summary>
    public static RegistrationStep FirstIncomplete(Supplier supplier) =>
        All.Select(s => s.Step).FirstOrDefault(step => !IsComplete(supplier, step), RegistrationStep.Review);
}

/// <summary>
/// Every field of the wizard's form pages; each page posts its own fields. MVC binds an empty input as null, so every
/// field a person may leave empty is nullable.
/// </summary>
public sealed record RegistrationForm
{
    public RegistrationStep Step { get; init; }
    public string CurrentLegalName { get; init; } = string.Empty;
    public VerificationStatus Status { get; init; }

    /// <summary>The officer's reason or question, shown on every step until the company submits again; never bound from the form.</summary>
    [BindNever]
    public string? OfficerMessage { get; init; }

    /// <summary>"continue" (save and go to the next step) or "later" (save and come back later).</summary>
    public string? Next { get; init; }

    [Display(Name = "Legal name")]
    public string? LegalName { get; init; }

    [Display(Name = "Trading name (if different)")]
    public string? TradingName { get; init; }

    [Display(Name = "Company number")]
    public string? RegistrationNumber { get; init; }

    [Display(Name = "VAT or tax number")]
    public string? TaxIdentifier { get; init; }

    [Display(Name = "Country (two-letter code)")]
    public string? Country { get; init; }

    [Display(Name = "Region")]
    public string? Region { get; init; }

    [Display(Name = "Address line 1")]
    public string? AddressLine1 { get; init; }

    [Display(Name = "Address line 2 (optional)")]
    public string? AddressLine2 { get; init; }

    [Display(Name = "Town or city")]
    public string? Town { get; init; }

    [Display(Name = "Postcode")]
    public string? Postcode { get; init; }

    [Display(Name = "Company size")]
    public string? Size { get; init; }

    [Display(Name = "What your company supplies")]
    public string? Description { get; init; }

    [Display(Name = "Website (optional)")]
    public string? Website { get; init; }

    [Display(Name = "CPV categories")]
    public string? CpvCodes { get; init; }

    public List<ContactRow> Contacts { get; init; } = [];

    public bool IsVerified => Status == VerificationStatus.Verified;

    public static string? OfficerMessageOf(Supplier supplier) => supplier.Status switch
    {
        VerificationStatus.Rejected => supplier.RejectionReason,
        VerificationStatus.InformationRequested => supplier.InformationRequest,
        _ => null,
    };

    public static RegistrationForm From(Supplier supplier, RegistrationStep step)
    {
        var identity = supplier.PendingIdentityChange?.Identity ?? supplier.Identity;
        return new()
        {
            Step = step,
            CurrentLegalName = supplier.LegalName,
            Status = supplier.Status,
            OfficerMessage = OfficerMessageOf(supplier),
            LegalName = identity.LegalName,
            TradingName = supplier.TradingName,
            RegistrationNumber = identity.RegistrationNumber,
            TaxIdentifier = identity.TaxIdentifier,
            Country = string.IsNullOrEmpty(identity.Country) ? "GB" : identity.Country,
            Region = supplier.Region,
            AddressLine1 = supplier.Address?.Line1,
            AddressLine2 = supplier.Address?.Line2,
            Town = supplier.Address?.Town,
            Postcode = supplier.Address?.Postcode,
            Size = supplier.Description.Length == 0 ? string.Empty : supplier.Size.ToString(),
            Description = supplier.Description,
            Website = supplier.Website,
            CpvCodes = string.Join(", ", supplier.CpvCodes),
            Contacts = supplier.Contacts.Select(c => new ContactRow { Name = c.Name, Role = c.Role, Email = c.Email, Phone = c.Phone }).ToList(),
        };
    }

    /// <summary>The same form with the rows the contacts page shows: those given, then empty ones up to the maximum.</summary>
    public RegistrationForm WithContactRows() => this with
    {
        Contacts = [.. Contacts.Take(Supplier.MaxContacts), .. Enumerable.Range(0, Math.Max(0, Supplier.MaxContacts - Contacts.Count)).Select(_ => new ContactRow())],
    };
}

public sealed record ContactRow
{
    [Display(Name = "Full name")]
    public string? Name { get; init; }

    [Display(Name = "Role")]
    public string? Role { get; init; }

    [Display(Name = "E-mail address")]
    public string? Email { get; init; }

    [Display(Name = "Telephone")]
    public string? Phone { get; init; }
}

public sealed record AlertsForm
{
    [Display(Name = "CPV prefixes to follow")]
    public string? TenderAlerts { get; init; }
}

public sealed record CertificateForm
{
    [Display(Name = "What the certificate is")]
    public string? Name { get; init; }

    [Display(Name = "Issued by")]
    public string? Issuer { get; init; }

    [Display(Name = "Expiry date (optional)")]
    public DateOnly? ExpiresOn { get; init; }

    [Display(Name = "File")]
    public IFormFile? File { get; init; }
}

/// <summary>The review page, and the overview of a company whose details are not a draft.</summary>
public sealed record CompanyOverview(Supplier Supplier, IReadOnlyList<string> Missing)
{
    public bool IsDraft => Supplier.MayEditDetails;
    public bool MayEdit => Supplier.MayEditDetails || Supplier.Status == VerificationStatus.Verified;
}

public sealed record CertificatesPage(Supplier Supplier, CertificateForm Form);

/// <param name="OfficerMessage">Why the details were rejected, or what the officer asks, for <see cref="Status"/> Rejected or InformationRequested.</param>
public sealed record RegistrationProgress(RegistrationStep Current, VerificationStatus Status, string? OfficerMessage);
