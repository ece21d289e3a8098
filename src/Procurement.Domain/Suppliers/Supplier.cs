using Procurement.Domain.Reference;

namespace Procurement.Domain.Suppliers;

/// <summary>A company that sells to agencies. Users of the company act on its behalf.</summary>
public sealed class Supplier
{
    public const int MaxSubscriptions = 20;
    public const int MaxContacts = 5;
    private readonly List<string> _cpvCodes = [];
    private readonly List<SupplierContact> _contacts = [];
    private readonly List<SupplierCertificate> _certificates = [];
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

    /// <summary>The company number in its country's register, as the register shows it.</summary>
    public string? RegistrationNumber { get; private set; }

    /// <summary>VAT or similar tax number, normalised without spaces, dots or dashes.</summary>
    public string? TaxIdentifier { get; private set; }

    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    public string Country { get; private set; }

    public string Region { get; private set; }
    public PostalAddress? Address { get; private set; }

    /// <summary>An absolute http or https address.</summary>
    public string? Website { get; private set; }

    public SupplierSize Size { get; private set; }
    public string Description { get; private set; }
    public VerificationStatus Status { get; private set; }
    public DateTimeOffset? VerifiedAt { get; private set; }
    public IReadOnlyCollection<string> CpvCodes => _cpvCodes.AsReadOnly();
    public IReadOnlyList<SupplierContact> Contacts => _contacts.AsReadOnly();
    public IReadOnlyList<SupplierCertificate> Certificates => _certificates.AsReadOnly();

    /// <summary>A verified supplier's proposed new legal identity, until an officer approves or rejects it.</summary>
    public PendingIdentityChange? PendingIdentityChange { get; private set; }

    public LegalIdentity Identity => new(LegalName, RegistrationNumber, TaxIdentifier, Country);

    /// <summary>CPV prefixes (2 to 8 digits) of the tenders the company wants to hear about when they are published.</summary>
    public IReadOnlyCollection<string> SubscribedCpvPrefixes => _subscribedCpvPrefixes.AsReadOnly();

    public bool IsSme => Size != SupplierSize.Large;

    /// <summary>
    /// Step 1 of registration: who the company is. Before verification it applies at once; once verified, a new legal
    /// name, company number or tax number waits for an officer (<see cref="PendingIdentityChange"/>) while the trading name applies at once.
    /// </summary>
    public IReadOnlyList<SupplierDecision> ChangeCompany(string legalName, string? tradingName, string? registrationNumber, string? taxIdentifier, Guid by, DateTimeOffset at)
    {
        RequireEditable();
        if (string.IsNullOrWhiteSpace(legalName) || legalName.Trim().Length > 300)
        {
            throw new DomainRuleException("Enter the company's legal name as the register shows it, at most 300 characters.");
        }

        var number = string.IsNullOrWhiteSpace(registrationNumber) ? null
            : SupplierIdentifiers.Require(SupplierIdentifiers.CheckRegistrationNumber(registrationNumber, out var n), n);
        var tax = string.IsNullOrWhiteSpace(taxIdentifier) ? null
            : SupplierIdentifiers.Require(SupplierIdentifiers.CheckTaxIdentifier(taxIdentifier, out var t), t);
        var proposed = ProposedIdentity with { LegalName = legalName.Trim(), RegistrationNumber = number, TaxIdentifier = tax };
        var trading = string.IsNullOrWhiteSpace(tradingName) || tradingName.Trim() == proposed.LegalName ? null : tradingName.Trim();

        var decisions = new List<SupplierDecision>();
        decisions.AddRange(DetailsChanged(trading != TradingName ? "trading name" : null, by, at));
        TradingName = trading;
        decisions.AddRange(ProposeIdentity(proposed, by, at));
        return decisions;
    }

    /// <summary>Step 2: where the company is. A new country, once verified, waits for an officer like the rest of the identity.</summary>
    public IReadOnlyList<SupplierDecision> ChangeLocation(string country, string region, PostalAddress address, Guid by, DateTimeOffset at)
    {
        RequireEditable();
        if (country.Trim().Length != 2 || !country.Trim().All(char.IsAsciiLetter))
        {
            throw new DomainRuleException($"The country must be a two-letter ISO 3166 code, for example GB or IE; '{country}' is not.");
        }

        if (string.IsNullOrWhiteSpace(region) || region.Trim().Length > 100)
        {
            throw new DomainRuleException("Enter the region, for example North West, at most 100 characters.");
        }

        var changed = region.Trim() != Region || address != Address ? "address" : null;
        var decisions = new List<SupplierDecision>(DetailsChanged(changed, by, at));
        Region = region.Trim();
        Address = address;
        decisions.AddRange(ProposeIdentity(ProposedIdentity with { Country = country.Trim().ToUpperInvariant() }, by, at));
        return decisions;
    }

    /// <summary>Step 3: size, what the company does, and its web site (optional).</summary>
    public IReadOnlyList<SupplierDecision> ChangeAbout(SupplierSize size, string description, string? website, Guid by, DateTimeOffset at)
    {
        RequireEditable();
        if (description.Trim().Length > 4000)
        {
            throw new DomainRuleException("Describe what the company supplies in at most 4,000 characters.");
        }

        var site = string.IsNullOrWhiteSpace(website) ? null
            : SupplierIdentifiers.Require(SupplierIdentifiers.CheckWebsite(website, out var w), w);
        var changed = string.Join(", ", new[]
        {
            size != Size ? "size" : null,
            description.Trim() != Description ? "description" : null,
            site != Website ? "website" : null,
        }.OfType<string>());
        Size = size;
        Description = description.Trim();
        Website = site;
        return DetailsChanged(changed, by, at);
    }

    /// <summary>Step 4: the categories the supplier works in; at most <see cref="CpvCode.MaxPerSupplier"/>.</summary>
    public IReadOnlyList<SupplierDecision> ChangeCategories(IEnumerable<string> cpvCodes, Guid by, DateTimeOffset at)
    {
        RequireEditable();
        var codes = cpvCodes.Select(CpvCode.Normalise).Distinct().ToList();
        if (codes.Count > CpvCode.MaxPerSupplier)
        {
            throw new DomainRuleException($"Choose at most {CpvCode.MaxPerSupplier} CPV categories; {codes.Count} were given.");
        }

        var changed = !codes.SequenceEqual(_cpvCodes);
        _cpvCodes.Clear();
        _cpvCodes.AddRange(codes);
        return DetailsChanged(changed ? "CPV categories" : null, by, at);
    }

    /// <summary>Step 5: the people to contact, 1 to <see cref="MaxContacts"/> (none only while the profile is a draft).</summary>
    public IReadOnlyList<SupplierDecision> ChangeContacts(IReadOnlyCollection<SupplierContact> contacts, Guid by, DateTimeOffset at)
    {
        RequireEditable();
        if (contacts.Count > MaxContacts)
        {
            throw new DomainRuleException($"Give at most {MaxContacts} contacts; {contacts.Count} were given.");
        }

        if (contacts.Count == 0 && Status == VerificationStatus.Verified)
        {
            throw new DomainRuleException("A verified supplier needs at least one contact.");
        }

        var changed = contacts.Count != _contacts.Count || contacts.Zip(_contacts).Any(pair =>
            pair.First.Name != pair.Second.Name || pair.First.Role != pair.Second.Role || pair.First.Email != pair.Second.Email || pair.First.Phone != pair.Second.Phone);
        if (changed)
        {
            _contacts.Clear();
            _contacts.AddRange(contacts);
        }

        return DetailsChanged(changed ? "contacts" : null, by, at);
    }

    /// <summary>Step 6: adds a certificate; at most <see cref="SupplierCertificate.MaxPerSupplier"/>.</summary>
    public IReadOnlyList<SupplierDecision> AddCertificate(SupplierCertificate certificate, Guid by, DateTimeOffset at)
    {
        RequireEditable();
        if (_certificates.Count >= SupplierCertificate.MaxPerSupplier)
        {
            throw new DomainRuleException($"A supplier can keep at most {SupplierCertificate.MaxPerSupplier} certificates; delete one before adding another.");
        }

        _certificates.Add(certificate);
        return DetailsChanged($"certificate added: {certificate.Name}", by, at);
    }

    public IReadOnlyList<SupplierDecision> RemoveCertificate(Guid certificateId, Guid by, DateTimeOffset at)
    {
        RequireEditable();
        var certificate = _certificates.SingleOrDefault(c => c.Id == certificateId)
            ?? throw new DomainRuleException("That certificate is not one of your company's.");
        _certificates.Remove(certificate);
        return DetailsChanged($"certificate deleted: {certificate.Name}", by, at);
    }

    /// <summary>An officer has checked the new legal identity against the register: it replaces the verified one.</summary>
    public SupplierDecision ApproveIdentityChange(Guid officer, DateTimeOffset at)
    {
        var change = PendingIdentityChange ?? throw new DomainRuleException("This supplier has no change of legal identity waiting.");
        var summary = DescribeChange(Identity, change.Identity);
        LegalName = change.LegalName;
        RegistrationNumber = change.RegistrationNumber;
        TaxIdentifier = change.TaxIdentifier;
        Country = change.Country;
        if (TradingName == LegalName)
        {
            TradingName = null;
        }

        PendingIdentityChange = null;
        return new SupplierDecision(Id, SupplierDecisionKind.IdentityChangeApproved, summary, officer, at);
    }

    /// <summary>An officer could not confirm the new legal identity: it is discarded, and the verified one stays.</summary>
    public SupplierDecision RejectIdentityChange(Guid officer, string reason, DateTimeOffset at)
    {
        if (PendingIdentityChange is null)
        {
            throw new DomainRuleException("This supplier has no change of legal identity waiting.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException("Give the reason the change cannot be accepted: the supplier is told it.");
        }

        PendingIdentityChange = null;
        return new SupplierDecision(Id, SupplierDecisionKind.IdentityChangeRejected, reason.Trim(), officer, at);
    }

    /// <summary>The identity the supplier's edits build on: the pending one if it has asked for a change.</summary>
    private LegalIdentity ProposedIdentity => PendingIdentityChange?.Identity ?? Identity;

    private IEnumerable<SupplierDecision> ProposeIdentity(LegalIdentity proposed, Guid by, DateTimeOffset at)
    {
        if (Status != VerificationStatus.Verified)
        {
            LegalName = proposed.LegalName;
            RegistrationNumber = proposed.RegistrationNumber;
            TaxIdentifier = proposed.TaxIdentifier;
            Country = proposed.Country;
            yield break;
        }

        if (proposed == ProposedIdentity)
        {
            yield break;
        }

        if (proposed == Identity)
        {
            PendingIdentityChange = null;
            yield return new SupplierDecision(Id, SupplierDecisionKind.IdentityChangeWithdrawn, null, by, at);
            yield break;
        }

        PendingIdentityChange = new PendingIdentityChange(proposed, by, at);
        yield return new SupplierDecision(Id, SupplierDecisionKind.IdentityChangeRequested, DescribeChange(Identity, proposed), by, at);
    }

    private static string DescribeChange(LegalIdentity from, LegalIdentity to) => string.Join("; ", new[]
    {
        from.LegalName != to.LegalName ? $"legal name {from.LegalName} → {to.LegalName}" : null,
        from.RegistrationNumber != to.RegistrationNumber ? $"company number {from.RegistrationNumber ?? "none"} → {to.RegistrationNumber ?? "none"}" : null,
        from.TaxIdentifier != to.TaxIdentifier ? $"tax number {from.TaxIdentifier ?? "none"} → {to.TaxIdentifier ?? "none"}" : null,
        from.Country != to.Country ? $"country {from.Country} → {to.Country}" : null,
    }.OfType<string>());

    /// <summary>A verified supplier's change is kept as a decision (the audit trail); a draft's is not.</summary>
    private IReadOnlyList<SupplierDecision> DetailsChanged(string? what, Guid by, DateTimeOffset at) =>
        Status == VerificationStatus.Verified && !string.IsNullOrEmpty(what)
            ? [new SupplierDecision(Id, SupplierDecisionKind.DetailsChanged, $"Changed: {what}", by, at)]
            : [];

    private void RequireEditable()
    {
        if (!MayEditDetails && Status != VerificationStatus.Verified)
        {
            throw new DomainRuleException(Status == VerificationStatus.Suspended
                ? "A suspended supplier cannot change its details."
                : "Your details cannot be changed while an officer is checking them.");
        }
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

    /// <summary>The company may change all its details directly and (re)submit them: before, or instead of, a verification.</summary>
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
        if (RegistrationNumber is null && TaxIdentifier is null)
        {
            missing.Add("the company number or the VAT or tax number");
        }

        if (Country.Length != 2)
        {
            missing.Add("the country where the company is registered");
        }

        if (string.IsNullOrWhiteSpace(Region))
        {
            missing.Add("the region");
        }

        if (Address is null)
        {
            missing.Add("the postal address");
        }

        if (string.IsNullOrWhiteSpace(Description))
        {
            missing.Add("a description of what the company supplies");
        }

        if (_cpvCodes.Count == 0)
        {
            missing.Add("at least one CPV category");
        }

        if (_contacts.Count == 0)
        {
            missing.Add("at least one contact");
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
