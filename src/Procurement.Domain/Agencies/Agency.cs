namespace Procurement.Domain.Agencies;

/// <summary>A procuring entity: a ministry, council or public body that buys on the platform.</summary>
public sealed class Agency
{
    private Agency()
    {
        Name = string.Empty;
        Identifier = string.Empty;
        ContactEmail = string.Empty;
        Region = string.Empty;
        OrderApprovalCurrency = DefaultOrderApprovalThreshold.Currency;
    }

    public Agency(string name, string identifier, string contactEmail, string region)
    {
        Id = Guid.NewGuid();
        Name = Required(name, nameof(Name));
        Identifier = Required(identifier, nameof(Identifier));
        ContactEmail = Required(contactEmail, nameof(ContactEmail));
        Region = Required(region, nameof(Region));
        OrderApprovalLimit = DefaultOrderApprovalThreshold.Amount;
        OrderApprovalCurrency = DefaultOrderApprovalThreshold.Currency;
    }

    /// <summary>The threshold a new agency starts with (and existing agencies were given): GBP 5,000.00.</summary>
    public static Money DefaultOrderApprovalThreshold { get; } = new(5_000.00m, "GBP");

    public Guid Id { get; private set; }
    public string Name { get; private set; }

    /// <summary>The agency's public register identifier, used as the OCDS buyer id.</summary>
    public string Identifier { get; private set; }

    public string ContactEmail { get; private set; }
    public string Region { get; private set; }

    public decimal OrderApprovalLimit { get; private set; }
    public string OrderApprovalCurrency { get; private set; }

    /// <summary>Catalog orders above this amount (or in another currency) wait for one of the agency's approvers.</summary>
    public Money OrderApprovalThreshold => new(OrderApprovalLimit, OrderApprovalCurrency);

    public void ChangeOrderApprovalThreshold(Money threshold)
    {
        OrderApprovalLimit = threshold.Amount;
        OrderApprovalCurrency = threshold.Currency;
    }

    private static string Required(string value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainRuleException($"An agency needs a {field}.") : value.Trim();
}
