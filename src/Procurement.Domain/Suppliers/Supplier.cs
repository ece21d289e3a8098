using Procurement.Domain.Reference;

namespace Procurement.Domain.Suppliers;

/// <summary>A company that sells to agencies. Users of the company act on its behalf.</summary>
public sealed class Supplier
{
    private readonly List<string> _cpvCodes = [];

    private Supplier()
    {
        LegalName = string.Empty;
        Country = string.Empty;
        Region = string.Empty;
        Description = string.Empty;
    }

    public Supplier(string legalName)
    {
        if (string.IsNullOrWhiteSpace(legalName))
        {
            throw new DomainRuleException("A supplier needs its legal name.");
        }

        Id = Guid.NewGuid();
        LegalName = legalName.Trim();
        Country = string.Empty;
        Region = string.Empty;
        Description = string.Empty;
        Size = SupplierSize.Micro;
        Status = VerificationStatus.Unverified;
    }

    public Guid Id { get; private set; }
    public string LegalName { get; private set; }

    /// <summary>The name the company trades under, when it differs from the legal name.</summary>
    public string? TradingName { get; private set; }

    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    public string Country { get; private set; }

    public string Region { get; private set; }
    public SupplierSize Size { get; private set; }
    public string Description { get; private set; }
    public VerificationStatus Status { get; private set; }
    public DateTimeOffset? VerifiedAt { get; private set; }
    public IReadOnlyCollection<string> CpvCodes => _cpvCodes.AsReadOnly();

    public bool IsSme => Size != SupplierSize.Large;

    /// <summary>Records where the company is established, how large it is and what it does.</summary>
    public void SetProfile(string country, string region, SupplierSize size, string description, string? tradingName = null)
    {
        TradingName = string.IsNullOrWhiteSpace(tradingName) || tradingName.Trim() == LegalName ? null : tradingName.Trim();
        if (country.Trim().Length != 2)
        {
            throw new DomainRuleException($"The country must be a two-letter ISO 3166 code; '{country}' is not.");
        }

        Country = country.Trim().ToUpperInvariant();
        Region = region.Trim();
        Size = size;
        Description = description.Trim();
    }

    /// <summary>Sets the categories the supplier works in; at most <see cref="CpvCode.MaxPerSupplier"/>.</summary>
    public void SetCategories(IEnumerable<string> cpvCodes)
    {
        var codes = cpvCodes.Select(CpvCode.Normalise).Distinct().ToList();
        if (codes.Count > CpvCode.MaxPerSupplier)
        {
            throw new DomainRuleException($"Choose at most {CpvCode.MaxPerSupplier} CPV categories; {codes.Count} were given.");
        }

        _cpvCodes.Clear();
        _cpvCodes.AddRange(codes);
    }

    /// <summary>The company has filled in its details and asks an officer to check them.</summary>
    public void SubmitForVerification()
    {
        if (Status is not (VerificationStatus.Unverified or VerificationStatus.Rejected))
        {
            throw new DomainRuleException($"A supplier that is {Status} cannot be submitted for verification.");
        }

        Status = VerificationStatus.PendingVerification;
    }

    public void MarkVerified(DateTimeOffset at)
    {
        if (Status == VerificationStatus.Suspended)
        {
            throw new DomainRuleException("A suspended supplier must be reinstated before it can be verified.");
        }

        Status = VerificationStatus.Verified;
        VerifiedAt = at;
    }
}
