namespace Procurement.Domain.Catalog;

/// <summary>
/// An item a verified supplier offers in the e-catalog: its own SKU (unique per supplier), what it is (name,
/// description, CPV code), how it is sold (UN/CEFACT unit, unit price, minimum order, lead time) and whether it is
/// offered (<see cref="CatalogItemStatus"/>). Buyers may order it only through a framework agreement that lists it.
/// </summary>
public sealed class CatalogItem
{
    public const int MaxImages = 5;

    private readonly List<CatalogItemImage> _images = [];

    private CatalogItem()
    {
        Sku = Name = Description = CpvCode = UnitCode = Currency = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid SupplierId { get; private set; }
    public string Sku { get; private set; }
    public string Name { get; private set; }
    public string Description { get; private set; }
    public string CpvCode { get; private set; }
    public string UnitCode { get; private set; }
    public decimal UnitPriceAmount { get; private set; }
    public string Currency { get; private set; }
    public decimal MinimumOrderQuantity { get; private set; }
    public int LeadTimeDays { get; private set; }
    public CatalogItemStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public IReadOnlyList<CatalogItemImage> Images => _images.AsReadOnly();

    public Money UnitPrice => new(UnitPriceAmount, Currency);

    public CatalogItemDetails Details => new(Sku, Name, Description, CpvCode, UnitCode, UnitPriceAmount, Currency, MinimumOrderQuantity, LeadTimeDays);

    /// <summary>Lists a new item for a supplier, as a draft or at once active. The CPV code and unit must have been checked against the reference data.</summary>
    public static (CatalogItem Item, CatalogEvent Created) Create(Guid supplierId, CatalogItemDetails details, bool activate, Guid by, DateTimeOffset now)
    {
        var item = new CatalogItem
        {
            Id = Guid.NewGuid(),
            SupplierId = supplierId,
            Status = activate ? CatalogItemStatus.Active : CatalogItemStatus.Draft,
            CreatedAt = now,
        };
        item.Apply(details, now);
        return (item, new CatalogEvent(CatalogEventKind.ItemCreated, item.Id, $"{item.Sku} {item.Name} at {item.UnitPrice} per {item.UnitCode}, {item.Status}", by, now));
    }

    /// <summary>Replaces the item's details; the SKU may change, the supplier may not.</summary>
    public CatalogEvent Edit(CatalogItemDetails details, Guid by, DateTimeOffset now)
    {
        var before = $"{UnitPrice} per {UnitCode}";
        Apply(details, now);
        return new CatalogEvent(CatalogEventKind.ItemEdited, Id, $"{Sku} {Name}: price {before} -> {UnitPrice} per {UnitCode}", by, now);
    }

    /// <summary>Offers a draft or withdrawn item again.</summary>
    public CatalogEvent Activate(Guid by, DateTimeOffset now)
    {
        if (Status == CatalogItemStatus.Active)
        {
            throw new DomainRuleException("The item is already active.");
        }

        Status = CatalogItemStatus.Active;
        UpdatedAt = now;
        return new CatalogEvent(CatalogEventKind.ItemActivated, Id, Sku, by, now);
    }

    /// <summary>Stops offering the item: it can no longer be ordered, under any framework.</summary>
    public CatalogEvent Withdraw(Guid by, DateTimeOffset now)
    {
        if (Status == CatalogItemStatus.Withdrawn)
        {
            throw new DomainRuleException("The item is already withdrawn.");
        }

        Status = CatalogItemStatus.Withdrawn;
        UpdatedAt = now;
        return new CatalogEvent(CatalogEventKind.ItemWithdrawn, Id, Sku, by, now);
    }

    /// <summary>Adds a picture (PNG, JPEG or WebP, checked by content); the caller stores its bytes under the image's id.</summary>
    public (CatalogItemImage Image, CatalogEvent Added) AddImage(string? fileName, byte[] content, Guid by, DateTimeOffset now)
    {
        if (_images.Count >= MaxImages)
        {
            throw new DomainRuleException($"An item has at most {MaxImages} pictures; remove one first.");
        }

        var image = CatalogItemImage.From(fileName, content, _images.Count, now);
        _images.Add(image);
        UpdatedAt = now;
        return (image, new CatalogEvent(CatalogEventKind.ImageAdded, Id, $"{image.FileName}, SHA-256 {image.Sha256}", by, now));
    }

    public CatalogEvent RemoveImage(Guid imageId, Guid by, DateTimeOffset now)
    {
        var image = _images.Find(i => i.Id == imageId) ?? throw new DomainRuleException("That picture is not on this item.");
        _images.Remove(image);
        UpdatedAt = now;
        return new CatalogEvent(CatalogEventKind.ImageRemoved, Id, $"{image.FileName}, SHA-256 {image.Sha256}", by, now);
    }

    private void Apply(CatalogItemDetails details, DateTimeOffset now)
    {
        var problems = details.Problems().ToList();
        if (problems.Count > 0)
        {
            throw new DomainRuleException(CatalogItemDetails.Join(problems));
        }

        var clean = details.Normalised();
        Sku = clean.Sku!;
        Name = clean.Name!;
        Description = clean.Description!;
        CpvCode = clean.CpvCode!;
        UnitCode = clean.UnitCode!;
        UnitPriceAmount = clean.UnitPrice!.Value;
        Currency = clean.Currency!;
        MinimumOrderQuantity = clean.MinimumOrderQuantity!.Value;
        LeadTimeDays = clean.LeadTimeDays!.Value;
        UpdatedAt = now;
    }
}
