namespace Procurement.Domain.Suppliers;

/// <summary>
/// What identifies the company in law. Once verified, a change to any of these needs an officer's approval:
/// a different legal name, number, tax number or country may be a different company.
/// </summary>
public sealed record LegalIdentity(string LegalName, string? RegistrationNumber, string? TaxIdentifier, string Country);

/// <summary>A verified supplier's proposed new legal identity, waiting for an officer.</summary>
public sealed class PendingIdentityChange
{
    private PendingIdentityChange()
    {
        LegalName = Country = string.Empty;
    }

    public PendingIdentityChange(LegalIdentity proposed, Guid requestedBy, DateTimeOffset requestedAt)
    {
        LegalName = proposed.LegalName;
        RegistrationNumber = proposed.RegistrationNumber;
        TaxIdentifier = proposed.TaxIdentifier;
        Country = proposed.Country;
        RequestedBy = requestedBy;
        RequestedAt = requestedAt;
    }

    public string LegalName { get; private set; }
    public string? RegistrationNumber { get; private set; }
    public string? TaxIdentifier { get; private set; }
    public string Country { get; private set; }
    public Guid RequestedBy { get; private set; }
    public DateTimeOffset RequestedAt { get; private set; }

    public LegalIdentity Identity => new(LegalName, RegistrationNumber, TaxIdentifier, Country);
}
