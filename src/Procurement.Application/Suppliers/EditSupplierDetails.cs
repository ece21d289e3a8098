using Procurement.Application.Suppliers.Ports;
using Procurement.Domain;
using Procurement.Domain.Reference;
using Procurement.Domain.Suppliers;

namespace Procurement.Application.Suppliers;

/// <summary>One page of the supplier's registration (or later edit) of its own details.</summary>
public abstract record SupplierDetailsStep(Guid SupplierId, Guid UserId);

public sealed record CompanyStep(Guid SupplierId, Guid UserId, string LegalName, string? TradingName, string? RegistrationNumber, string? TaxIdentifier)
    : SupplierDetailsStep(SupplierId, UserId);

public sealed record AddressStep(Guid SupplierId, Guid UserId, string Country, string Region, string AddressLine1, string? AddressLine2, string Town, string? Postcode)
    : SupplierDetailsStep(SupplierId, UserId);

public sealed record AboutStep(Guid SupplierId, Guid UserId, string Size, string Description, string? Website)
    : SupplierDetailsStep(SupplierId, UserId);

/// <param name="CpvCodes">CPV codes separated by commas, spaces or new lines, as typed or pasted.</param>
public sealed record CategoriesStep(Guid SupplierId, Guid UserId, string CpvCodes) : SupplierDetailsStep(SupplierId, UserId);

/// <param name="Contacts">The rows of the form; rows left wholly empty are ignored.</param>
public sealed record ContactsStep(Guid SupplierId, Guid UserId, IReadOnlyList<ContactInput> Contacts) : SupplierDetailsStep(SupplierId, UserId);

public sealed record ContactInput(string? Name, string? Role, string? Email, string? Phone)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Role) && string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Phone);
}

/// <summary>
/// Saves one step. Every field is checked and every problem returned (keyed by the form's field name), so the page
/// can show them all at once. Before verification the details change at once; once verified, the legal identity waits
/// for an officer and each other change is recorded as a decision, in the same transaction as the change.
/// </summary>
public sealed class EditSupplierDetailsHandler(ISupplierRegistry registry, TimeProvider clock)
{
    public async Task<IReadOnlyList<FieldError>> HandleAsync(SupplierDetailsStep step, CancellationToken cancellationToken)
    {
        var supplier = await registry.FindAsync(step.SupplierId, cancellationToken)
            ?? throw new InvalidOperationException($"No supplier {step.SupplierId}.");
        if (!supplier.MayEditDetails && supplier.Status != VerificationStatus.Verified)
        {
            return [new(string.Empty, supplier.Status == VerificationStatus.Suspended
                ? "A suspended supplier cannot change its details."
                : "Your details cannot be changed while an officer is checking them.")];
        }

        var errors = step switch
        {
            CompanyStep company => CheckCompany(company),
            AddressStep address => CheckAddress(address),
            AboutStep about => CheckAbout(about),
            CategoriesStep categories => await CheckCategoriesAsync(categories, cancellationToken),
            ContactsStep contacts => CheckContacts(contacts),
            _ => throw new ArgumentOutOfRangeException(nameof(step)),
        };
        if (errors.Count > 0)
        {
            return errors;
        }

        var now = clock.GetUtcNow();
        IReadOnlyList<SupplierDecision> decisions;
        try
        {
            decisions = step switch
            {
                CompanyStep c => supplier.ChangeCompany(c.LegalName, c.TradingName, c.RegistrationNumber, c.TaxIdentifier, step.UserId, now),
                AddressStep a => supplier.ChangeLocation(a.Country, a.Region, new PostalAddress(a.AddressLine1, a.AddressLine2, a.Town, a.Postcode), step.UserId, now),
                AboutStep a => supplier.ChangeAbout(Enum.Parse<SupplierSize>(a.Size, ignoreCase: true), a.Description, a.Website, step.UserId, now),
                CategoriesStep c => supplier.ChangeCategories(CpvCode.SplitList(c.CpvCodes), step.UserId, now),
                ContactsStep c => supplier.ChangeContacts(
                    c.Contacts.Where(row => !row.IsEmpty).Select(row => new SupplierContact(row.Name ?? "", row.Role ?? "", row.Email ?? "", row.Phone ?? "")).ToList(),
                    step.UserId, now),
                _ => throw new ArgumentOutOfRangeException(nameof(step)),
            };
        }
        catch (DomainRuleException refused)
        {
            return [new(string.Empty, refused.Message)];
        }

        foreach (var decision in decisions)
        {
            registry.Record(decision);
        }

        await registry.SaveAsync(cancellationToken);
        return [];
    }

    private static List<FieldError> CheckCompany(CompanyStep step)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(step.LegalName) || step.LegalName.Trim().Length > 300)
        {
            errors.Add(new(nameof(step.LegalName), "Enter the company's legal name as the register shows it, at most 300 characters."));
        }

        if (step.TradingName is { Length: > 300 })
        {
            errors.Add(new(nameof(step.TradingName), "The trading name can have at most 300 characters."));
        }

        var hasNumber = !string.IsNullOrWhiteSpace(step.RegistrationNumber);
        var hasTax = !string.IsNullOrWhiteSpace(step.TaxIdentifier);
        if (hasNumber && SupplierIdentifiers.CheckRegistrationNumber(step.RegistrationNumber!, out _) is { } numberProblem)
        {
            errors.Add(new(nameof(step.RegistrationNumber), numberProblem));
        }

        if (hasTax && SupplierIdentifiers.CheckTaxIdentifier(step.TaxIdentifier!, out _) is { } taxProblem)
        {
            errors.Add(new(nameof(step.TaxIdentifier), taxProblem));
        }

        if (!hasNumber && !hasTax)
        {
            errors.Add(new(nameof(step.RegistrationNumber), "Enter the company number, the VAT or tax number, or both: an officer checks the company against them."));
        }

        return errors;
    }

    private static List<FieldError> CheckAddress(AddressStep step)
    {
        var errors = new List<FieldError>();
        var country = step.Country.Trim();
        if (country.Length != 2 || !country.All(char.IsAsciiLetter))
        {
            errors.Add(new(nameof(step.Country), "Enter the country as a two-letter ISO 3166 code, for example GB or IE."));
        }

        if (string.IsNullOrWhiteSpace(step.Region) || step.Region.Trim().Length > 100)
        {
            errors.Add(new(nameof(step.Region), "Enter the region, for example North West, at most 100 characters."));
        }

        var parts = new Dictionary<string, string>
        {
            [nameof(PostalAddress.Line1)] = nameof(step.AddressLine1),
            [nameof(PostalAddress.Line2)] = nameof(step.AddressLine2),
            [nameof(PostalAddress.Town)] = nameof(step.Town),
            [nameof(PostalAddress.Postcode)] = nameof(step.Postcode),
        };
        errors.AddRange(PostalAddress.Problems(step.AddressLine1, step.AddressLine2, step.Town, step.Postcode).Select(p => new FieldError(parts[p.Part], p.Message)));
        return errors;
    }

    private static List<FieldError> CheckAbout(AboutStep step)
    {
        var errors = new List<FieldError>();
        if (!Enum.TryParse<SupplierSize>(step.Size, ignoreCase: true, out _) || int.TryParse(step.Size, out _))
        {
            errors.Add(new(nameof(step.Size), "Choose the size of the company."));
        }

        if (string.IsNullOrWhiteSpace(step.Description) || step.Description.Trim().Length > 4000)
        {
            errors.Add(new(nameof(step.Description), "Describe what the company supplies, in at most 4,000 characters: the directory searches it."));
        }

        if (!string.IsNullOrWhiteSpace(step.Website) && SupplierIdentifiers.CheckWebsite(step.Website, out _) is { } websiteProblem)
        {
            errors.Add(new(nameof(step.Website), websiteProblem));
        }

        return errors;
    }

    private async Task<List<FieldError>> CheckCategoriesAsync(CategoriesStep step, CancellationToken cancellationToken)
    {
        var codes = CpvCode.SplitList(step.CpvCodes);
        var malformed = codes.Where(code => !CpvCode.IsWellFormed(code)).ToList();
        var unknown = await registry.UnknownCpvCodesAsync(codes.Except(malformed).ToList(), cancellationToken);
        if (malformed.Count > 0 || unknown.Count > 0)
        {
            return [new(nameof(step.CpvCodes), $"These are not CPV 2008 codes: {string.Join(", ", malformed.Concat(unknown))}. A code looks like 45233120-6.")];
        }

        if (codes.Distinct().Count() > CpvCode.MaxPerSupplier)
        {
            return [new(nameof(step.CpvCodes), $"Choose at most {CpvCode.MaxPerSupplier} CPV categories; {codes.Distinct().Count()} were given.")];
        }

        return codes.Count == 0 ? [new(nameof(step.CpvCodes), "Enter at least one CPV category, for example 45233120-6.")] : [];
    }

    private static List<FieldError> CheckContacts(ContactsStep step)
    {
        var errors = new List<FieldError>();
        if (step.Contacts.Count(row => !row.IsEmpty) > Supplier.MaxContacts)
        {
            errors.Add(new(nameof(step.Contacts), $"Give at most {Supplier.MaxContacts} contacts."));
        }

        for (var i = 0; i < step.Contacts.Count; i++)
        {
            var row = step.Contacts[i];
            if (!row.IsEmpty)
            {
                errors.AddRange(SupplierContact.Problems(row.Name ?? "", row.Role ?? "", row.Email ?? "", row.Phone ?? "")
                    .Select(p => new FieldError($"{nameof(step.Contacts)}[{i}].{p.Part}", $"Contact {i + 1}: {p.Message}")));
            }
        }

        if (step.Contacts.All(row => row.IsEmpty))
        {
            errors.Add(new($"{nameof(step.Contacts)}[0].{nameof(ContactInput.Name)}", "Give at least one contact: the person officers and buyers should ask about your company."));
        }

        return errors;
    }
}
