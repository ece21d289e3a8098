namespace Procurement.Domain.Catalog;

/// <summary>
/// An agency's framework agreement with one supplier: for its validity period (both days included) the agency's
/// buyers may order the supplier items an officer approved into it, at the item's price so long as that price stays
/// within the ceiling set for the item.
/// </summary>
public sealed class FrameworkAgreement
{
    public const int MaxReferenceLength = 50;
    public const int MaxTitleLength = 300;

    private readonly List<FrameworkItem> _items = [];

    private FrameworkAgreement()
    {
        Reference = Title = Currency = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid AgencyId { get; private set; }
    public Guid SupplierId { get; private set; }
    public string Reference { get; private set; }
    public string Title { get; private set; }
    public DateOnly ValidFrom { get; private set; }
    public DateOnly ValidTo { get; private set; }

    /// <summary>The currency of every ceiling under this framework.</summary>
    public string Currency { get; private set; }

    public Guid CreatedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public IReadOnlyList<FrameworkItem> Items => _items.AsReadOnly();

    /// <summary>Makes a framework for the officer's agency with a supplier; the supplier must be verified (the caller checks).</summary>
    public static (FrameworkAgreement Framework, CatalogEvent Created) Create(
        Guid agencyId, Guid supplierId, string? reference, string? title, DateOnly? validFrom, DateOnly? validTo, string? currency, Guid by, DateTimeOffset now)
    {
        var problems = Problems(reference, title, validFrom, validTo, currency).ToList();
        if (problems.Count > 0)
        {
            throw new DomainRuleException(string.Join(" ", problems.Select(p => p.Message)));
        }

        var framework = new FrameworkAgreement
        {
            Id = Guid.NewGuid(),
            AgencyId = agencyId,
            SupplierId = supplierId,
            Reference = reference!.Trim(),
            Title = title!.Trim(),
            ValidFrom = validFrom!.Value,
            ValidTo = validTo!.Value,
            Currency = currency!.Trim().ToUpperInvariant(),
            CreatedBy = by,
            CreatedAt = now,
        };
        return (framework, new CatalogEvent(CatalogEventKind.FrameworkCreated, framework.Id,
            $"{framework.Reference} with supplier {supplierId:D}, {framework.ValidFrom:yyyy-MM-dd} to {framework.ValidTo:yyyy-MM-dd}", by, now));
    }

    /// <summary>Each problem with a framework's details, by form field.</summary>
    public static IEnumerable<(string Field, string Message)> Problems(string? reference, string? title, DateOnly? validFrom, DateOnly? validTo, string? currency)
    {
        if (string.IsNullOrWhiteSpace(reference) || reference.Trim().Length > MaxReferenceLength)
        {
            yield return ("Reference", $"Give the framework's reference, at most {MaxReferenceLength} characters.");
        }

        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > MaxTitleLength)
        {
            yield return ("Title", $"Give the framework's title, at most {MaxTitleLength} characters.");
        }

        if (validFrom is null)
        {
            yield return ("ValidFrom", "Give the first day the framework is in force.");
        }

        if (validTo is null)
        {
            yield return ("ValidTo", "Give the last day the framework is in force.");
        }
        else if (validFrom is { } from && validTo < from)
        {
            yield return ("ValidTo", "The last day cannot be before the first day.");
        }

        if (!Money.IsCurrencyCode(currency?.Trim().ToUpperInvariant()))
        {
            yield return ("Currency", "Give the currency of the price ceilings as an ISO 4217 code such as GBP.");
        }
    }

    /// <summary>True from <see cref="ValidFrom"/> to <see cref="ValidTo"/>, both days included.</summary>
    public bool IsInForceOn(DateOnly day) => day >= ValidFrom && day <= ValidTo;

    /// <summary>The ceiling for an item under this framework, or null when the item is not approved into it.</summary>
    public Money? CeilingFor(Guid itemId) => _items.Find(i => i.ItemId == itemId)?.Ceiling;

    /// <summary>Whether a buyer of the agency may order <paramref name="item"/> under this framework on <paramref name="day"/>.</summary>
    public bool Allows(CatalogItem item, DateOnly day) =>
        CatalogOrderability.IsOrderable(item.Status, item.UnitPrice, CeilingFor(item.Id), IsInForceOn(day));

    /// <summary>
    /// Approves one of the supplier's active items with a price ceiling in the framework's currency, or changes the
    /// ceiling of an item already approved.
    /// </summary>
    public CatalogEvent ApproveItem(CatalogItem item, Money ceiling, Guid by, DateTimeOffset now)
    {
        if (item.SupplierId != SupplierId)
        {
            throw new DomainRuleException("Only the framework supplier's own items can be approved into it.");
        }

        if (item.Status != CatalogItemStatus.Active)
        {
            throw new DomainRuleException("Only an active item can be approved; ask the supplier to activate it.");
        }

        if (ceiling.Currency != Currency)
        {
            throw new DomainRuleException($"The ceiling must be in the framework's currency, {Currency}.");
        }

        if (item.Currency != Currency)
        {
            throw new DomainRuleException($"The item is priced in {item.Currency}, the framework in {Currency}.");
        }

        if (ceiling.Amount <= 0)
        {
            throw new DomainRuleException("The ceiling must be more than 0.");
        }

        var existing = _items.Find(i => i.ItemId == item.Id);
        if (existing is null)
        {
            _items.Add(new FrameworkItem(item.Id, ceiling, by, now));
        }
        else
        {
            existing.ChangeCeiling(ceiling, by, now);
        }

        return new CatalogEvent(CatalogEventKind.FrameworkItemApproved, Id, $"{Reference}: item {item.Id:D} ({item.Sku}) with ceiling {ceiling}, price {item.UnitPrice}", by, now);
    }

    public CatalogEvent RemoveItem(Guid itemId, Guid by, DateTimeOffset now)
    {
        var entry = _items.Find(i => i.ItemId == itemId) ?? throw new DomainRuleException("That item is not in this framework.");
        _items.Remove(entry);
        return new CatalogEvent(CatalogEventKind.FrameworkItemRemoved, Id, $"{Reference}: item {itemId:D}", by, now);
    }
}

/// <summary>An item approved into a framework, with the most a buyer may pay per unit under it.</summary>
public sealed class FrameworkItem
{
    private FrameworkItem()
    {
        CeilingCurrency = string.Empty;
    }

    internal FrameworkItem(Guid itemId, Money ceiling, Guid by, DateTimeOffset now)
    {
        ItemId = itemId;
        CeilingAmount = ceiling.Amount;
        CeilingCurrency = ceiling.Currency;
        ApprovedBy = by;
        ApprovedAt = now;
    }

    public Guid ItemId { get; private set; }
    public decimal CeilingAmount { get; private set; }
    public string CeilingCurrency { get; private set; }
    public Guid ApprovedBy { get; private set; }
    public DateTimeOffset ApprovedAt { get; private set; }

    public Money Ceiling => new(CeilingAmount, CeilingCurrency);

    internal void ChangeCeiling(Money ceiling, Guid by, DateTimeOffset now)
    {
        CeilingAmount = ceiling.Amount;
        CeilingCurrency = ceiling.Currency;
        ApprovedBy = by;
        ApprovedAt = now;
    }
}

/// <summary>The one rule of what may be ordered, shared by the domain, the SQL of the orderable-items query and the search filter.</summary>
public static class CatalogOrderability
{
    /// <summary>Active, under a framework in force on the day, at a unit price within the ceiling (same currency).</summary>
    public static bool IsOrderable(CatalogItemStatus status, Money unitPrice, Money? ceiling, bool frameworkInForce) =>
        status == CatalogItemStatus.Active && frameworkInForce && ceiling is not null
        && ceiling.Currency == unitPrice.Currency && unitPrice.Amount <= ceiling.Amount;

    /// <summary>The day a moment falls on, for framework validity: the UTC date.</summary>
    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);
}
