using Procurement.Domain.Reference;

namespace Procurement.Domain.Suppliers;

/// <summary>A company that sells to agencies. Users of the company act on its behalf.</summary>
public sealed class Supplier
{
    public const int MaxSubscriptions = 20;
    private readonly List<string> _cpvCodes = [];
    private readonly List<string> _subscribedCpvPrefixes = [];

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

    /// <summary>CPV prefixes (2 to 8 digits) of the tenders the company wants to hear about when they are published.</summary>
    public IReadOnlyCollection<string> SubscribedCpvPrefixes => _subscribedCpvPrefixes.AsReadOnly();

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

    /// <summary>Replaces the tender alerts: a published tender with a code starting with any prefix is e-mailed to the company.</summary>
    public void SubscribeTo(IEnumerable<string> cpvPrefixes)
    {
        var prefixes = cpvPrefixes.Select(prefix => prefix.Trim()).Where(prefix => prefix.Length > 0).Distinct().ToList();
        var invalid = prefixes.Where(prefix => !CpvCode.IsPrefix(prefix)).ToList();
        if (invalid.Count > 0)
        {
            throw new DomainRuleException($"Alerts take CPV prefixes of 2 to 8 digits, like 45 or 4523; not {string.Join(", ", invalid)}.");
        }

        if (prefixes.Count > MaxSubscriptions)
        {
            throw new DomainRuleException($"Choose at most {MaxSubscriptions} alert categories; {prefixes.Count} were given.");
        }

        _subscribedCpvPrefixes.Clear();
        _subscribedCpvPrefixes.AddRange(prefixes);
    }

    /// <summary>The company may change its details and (re)submit them: before, or instead of, a verification.</summary>
    public bool MayEditDetails => Status is VerificationStatus.Unverified or VerificationStatus.Rejected or VerificationStatus.InformationRequested;

    /// <summary>The officer's question to the company; null unless <see cref="VerificationStatus.InformationRequested"/>.</summary>
    public string? InformationRequest { get; private set; }

    /// <summary>An officer needs more from the company before deciding; the question is sent to it.</summary>
    public SupplierDecision RequestInformation(Guid officer, string question, DateTimeOffset at)
    {
        RequirePending("asked for more information");
        if (string.IsNullOrWhiteSpace(question))
        {
            throw new DomainRuleException("Write the question for the supplier: what should it add or correct?");
        }

        Status = VerificationStatus.InformationRequested;
        InformationRequest = question.Trim();
        return new SupplierDecision(Id, SupplierDecisionKind.InformationRequested, InformationRequest, officer, at);
    }

    /// <summary>Why the last verification was refused, shown to the supplier; null unless <see cref="VerificationStatus.Rejected"/>.</summary>
    public string? RejectionReason { get; private set; }

    /// <summary>What is still missing before the company can ask to be verified; empty when nothing is.</summary>
    public IReadOnlyList<string> MissingForVerification()
    {
        var missing = new List<string>();
        if (Country.Length != 2)
        {
            missing.Add("the country where the company is registered");
        }

        if (string.IsNullOrWhiteSpace(Region))
        {
            missing.Add("the region");
        }

        if (string.IsNullOrWhiteSpace(Description))
        {
            missing.Add("a description of what the company supplies");
        }

        if (_cpvCodes.Count == 0)
        {
            missing.Add("at least one CPV category");
        }

        return missing;
    }

    /// <summary>The company has filled in its details and asks an officer to check them.</summary>
    public SupplierDecision SubmitForVerification(Guid submittedBy, DateTimeOffset at)
    {
        if (!MayEditDetails)
        {
            throw new DomainRuleException($"A supplier that is {Status} cannot be submitted for verification.");
        }

        var missing = MissingForVerification();
        if (missing.Count > 0)
        {
            throw new DomainRuleException($"Before asking for verification, add {string.Join(", ", missing)}.");
        }

        Status = VerificationStatus.PendingVerification;
        RejectionReason = null;
        InformationRequest = null;
        return new SupplierDecision(Id, SupplierDecisionKind.Submitted, null, submittedBy, at);
    }

    /// <summary>An officer has checked the company's details: it may now bid and appears in the public directory.</summary>
    public SupplierDecision Verify(Guid officer, DateTimeOffset at)
    {
        RequirePending("verified");
        Status = VerificationStatus.Verified;
        VerifiedAt = at;
        return new SupplierDecision(Id, SupplierDecisionKind.Verified, null, officer, at);
    }

    /// <summary>An officer could not verify the details; the reason is sent to the supplier, who may correct and resubmit.</summary>
    public SupplierDecision Reject(Guid officer, string reason, DateTimeOffset at)
    {
        RequirePending("rejected");
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException("Give the reason for the rejection: the supplier needs it to correct the details.");
        }

        Status = VerificationStatus.Rejected;
        RejectionReason = reason.Trim();
        return new SupplierDecision(Id, SupplierDecisionKind.Rejected, RejectionReason, officer, at);
    }

    /// <summary>Why the supplier is suspended, shown to it; null unless <see cref="VerificationStatus.Suspended"/>.</summary>
    public string? SuspensionReason { get; private set; }

    /// <summary>The end of a debarment period; null for a suspension until further notice.</summary>
    public DateTimeOffset? SuspendedUntil { get; private set; }

    /// <summary>
    /// Excludes a verified supplier from bidding and from the public directory, until further notice or, for a
    /// debarment (Directive 2014/24/EU art. 57(7)), until <paramref name="until"/>.
    /// </summary>
    public SupplierDecision Suspend(Guid officer, string reason, DateTimeOffset? until, DateTimeOffset at)
    {
        if (Status != VerificationStatus.Verified)
        {
            throw new DomainRuleException($"Only a verified supplier can be suspended; this one is {Status}.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException("Give the reason for the suspension: the supplier is told it, and may contest it.");
        }

        if (until is { } end && end <= at)
        {
            throw new DomainRuleException("A debarment must end in the future; leave the end date empty to suspend until further notice.");
        }

        Status = VerificationStatus.Suspended;
        SuspensionReason = reason.Trim();
        SuspendedUntil = until;
        var period = until is { } last ? $" (until {last:yyyy-MM-dd})" : string.Empty;
        return new SupplierDecision(Id, SupplierDecisionKind.Suspended, SuspensionReason + period, officer, at);
    }

    public SupplierDecision Reinstate(Guid officer, DateTimeOffset at)
    {
        if (Status != VerificationStatus.Suspended)
        {
            throw new DomainRuleException($"Only a suspended supplier can be reinstated; this one is {Status}.");
        }

        Status = VerificationStatus.Verified;
        SuspensionReason = null;
        SuspendedUntil = null;
        return new SupplierDecision(Id, SupplierDecisionKind.Reinstated, null, officer, at);
    }

    /// <summary>A debarment whose end date has come: <see cref="EndDebarment"/> may reinstate the supplier.</summary>
    public bool IsDebarmentOver(DateTimeOffset at) => Status == VerificationStatus.Suspended && SuspendedUntil is { } until && until <= at;

    /// <summary>
    /// The debarment period has run out (Directive 2014/24/EU art. 57(7): exclusion only for the period set), so the
    /// supplier is verified again without anyone deciding it; the step is recorded as the platform's.
    /// </summary>
    public SupplierDecision EndDebarment(DateTimeOffset at)
    {
        if (Status != VerificationStatus.Suspended || SuspendedUntil is not { } until)
        {
            throw new DomainRuleException($"Only a debarred supplier (suspended until a date) can have its debarment end; this one is {Status}{(Status == VerificationStatus.Suspended ? " until further notice" : string.Empty)}.");
        }

        if (until > at)
        {
            throw new DomainRuleException($"The debarment runs until {until:yyyy-MM-dd HH:mm} UTC; it cannot end before then. An officer may reinstate the supplier earlier.");
        }

        Status = VerificationStatus.Verified;
        SuspensionReason = null;
        SuspendedUntil = null;
        return new SupplierDecision(Id, SupplierDecisionKind.DebarmentEnded, $"Debarment ended on {until:yyyy-MM-dd}", SupplierDecision.Platform, at);
    }

    /// <summary>Only verified suppliers may bid (a suspended or debarred one may not); the tenders capability relies on this.</summary>
    public bool MayBid => Status == VerificationStatus.Verified;

    private void RequirePending(string outcome)
    {
        if (Status != VerificationStatus.PendingVerification)
        {
            throw new DomainRuleException($"Only a supplier waiting for verification can be {outcome}; this one is {Status}.");
        }
    }
}
