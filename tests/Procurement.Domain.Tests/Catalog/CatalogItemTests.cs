using Procurement.Domain.Catalog;

namespace Procurement.Domain.Tests.Catalog;

public sealed class CatalogItemTests
{
    private static readonly DateTimeOffset _now = new(2026, 6, 15, 9, 0, 0, TimeSpan.Zero);

    internal static CatalogItemDetails Details(string sku = "SKU-1", decimal? price = 10m, decimal? minimum = 1m, string? cpv = "30197630-1", string? currency = "gbp") =>
        new(sku, " A4 paper ", "Ream", cpv, "rm", price, currency, minimum, 2);

    [Fact]
    public void A_new_item_is_normalised_active_or_draft_and_its_creation_is_an_event()
    {
        var (item, created) = CatalogItem.Create(Guid.NewGuid(), Details(), activate: true, Guid.NewGuid(), _now);
        var (draft, _) = CatalogItem.Create(Guid.NewGuid(), Details(), activate: false, Guid.NewGuid(), _now);

        Assert.Equal(("A4 paper", "RM", "GBP", CatalogItemStatus.Active), (item.Name, item.UnitCode, item.Currency, item.Status));
        Assert.Equal(CatalogItemStatus.Draft, draft.Status);
        Assert.Equal(new Money(10m, "GBP"), item.UnitPrice);
        Assert.Equal(CatalogEventKind.ItemCreated, created.Kind);
        Assert.Equal(item.Id, created.SubjectId);
    }

    [Theory]
    [InlineData(null, "UnitPrice")]
    [InlineData("0", "UnitPrice")]
    [InlineData("1.234", "UnitPrice")]
    [InlineData("-5", "UnitPrice")]
    public void Refuses_a_price_that_is_missing_zero_negative_or_finer_than_a_penny(string? price, string field)
    {
        var details = Details(price: price is null ? null : decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Contains(details.Problems(), p => p.Field == field);
        Assert.Throws<DomainRuleException>(() => CatalogItem.Create(Guid.NewGuid(), details, true, Guid.Empty, _now));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void The_minimum_order_quantity_must_be_more_than_zero(string minimum)
    {
        var problems = Details(minimum: decimal.Parse(minimum, System.Globalization.CultureInfo.InvariantCulture)).Problems();

        Assert.Equal("MinimumOrderQuantity", Assert.Single(problems).Field);
    }

    [Fact]
    public void Names_each_bad_field()
    {
        var problems = new CatalogItemDetails("", "", null, "3019763", "", 1m, "pounds", 1m, 400).Problems().Select(p => p.Field).ToList();

        Assert.Equal(["Sku", "Name", "CpvCode", "UnitCode", "Currency", "LeadTimeDays"], problems);
    }

    [Fact]
    public void A_withdrawn_item_can_be_activated_again_but_not_withdrawn_twice()
    {
        var (item, _) = CatalogItem.Create(Guid.NewGuid(), Details(), true, Guid.Empty, _now);

        Assert.Equal(CatalogEventKind.ItemWithdrawn, item.Withdraw(Guid.Empty, _now).Kind);
        Assert.Throws<DomainRuleException>(() => item.Withdraw(Guid.Empty, _now));
        item.Activate(Guid.Empty, _now);
        Assert.Equal(CatalogItemStatus.Active, item.Status);
    }

    [Fact]
    public void A_picture_is_checked_by_its_content_not_its_name()
    {
        var (item, _) = CatalogItem.Create(Guid.NewGuid(), Details(), true, Guid.Empty, _now);
        byte[] webp = [.. "RIFF"u8.ToArray(), 0, 0, 0, 0, .. "WEBPVP8 "u8.ToArray()];

        Assert.Throws<DomainRuleException>(() => item.AddImage("photo.png", "plain text"u8.ToArray(), Guid.Empty, _now));
        var (image, added) = item.AddImage("photo.png", webp, Guid.Empty, _now);

        Assert.Equal(("image/webp", "photo.webp"), (image.ContentType, image.FileName));
        Assert.Equal(CatalogEventKind.ImageAdded, added.Kind);
        Assert.Throws<DomainRuleException>(() => item.AddImage("big.png", new byte[CatalogItemImage.MaxBytes + 1], Guid.Empty, _now));
    }
}
