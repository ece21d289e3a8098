using Procurement.Domain.Catalog;

namespace Procurement.Domain.Tests.Catalog;

public sealed class FrameworkAgreementTests
{
    private static readonly DateTimeOffset _now = new(2026, 6, 15, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly _from = new(2026, 6, 1);
    private static readonly DateOnly _to = new(2026, 6, 30);

    private static (FrameworkAgreement Framework, CatalogItem Item) Listed(decimal price, decimal ceiling)
    {
        var supplierId = Guid.NewGuid();
        var (item, _) = CatalogItem.Create(supplierId, CatalogItemTests.Details(price: price), true, Guid.Empty, _now);
        var (framework, _) = FrameworkAgreement.Create(Guid.NewGuid(), supplierId, "FW-1", "Paper", _from, _to, "GBP", Guid.Empty, _now);
        framework.ApproveItem(item, new Money(ceiling, "GBP"), Guid.Empty, _now);
        return (framework, item);
    }

    [Theory]
    [InlineData("2026-05-31", false)]
    [InlineData("2026-06-01", true)]
    [InlineData("2026-06-30", true)]
    [InlineData("2026-07-01", false)]
    public void Items_are_orderable_from_the_first_to_the_last_day_both_included(string day, bool orderable)
    {
        var (framework, item) = Listed(price: 10m, ceiling: 10m);

        Assert.Equal(orderable, framework.Allows(item, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_price_above_the_ceiling_is_not_orderable_and_one_at_the_ceiling_is()
    {
        var (above, aboveItem) = Listed(price: 10.01m, ceiling: 10m);
        var (at, atItem) = Listed(price: 10m, ceiling: 10m);

        Assert.False(above.Allows(aboveItem, new DateOnly(2026, 6, 15)));
        Assert.True(at.Allows(atItem, new DateOnly(2026, 6, 15)));
    }

    [Fact]
    public void A_withdrawn_item_is_not_orderable_and_a_removed_one_neither()
    {
        var (framework, item) = Listed(price: 5m, ceiling: 10m);
        item.Withdraw(Guid.Empty, _now);
        Assert.False(framework.Allows(item, new DateOnly(2026, 6, 15)));

        item.Activate(Guid.Empty, _now);
        Assert.Equal(CatalogEventKind.FrameworkItemRemoved, framework.RemoveItem(item.Id, Guid.Empty, _now).Kind);
        Assert.False(framework.Allows(item, new DateOnly(2026, 6, 15)));
    }

    [Fact]
    public void Refuses_another_suppliers_item_a_draft_and_a_ceiling_in_another_currency()
    {
        var (framework, _) = Listed(price: 5m, ceiling: 10m);
        var (stranger, _) = CatalogItem.Create(Guid.NewGuid(), CatalogItemTests.Details(), true, Guid.Empty, _now);
        var (draft, _) = CatalogItem.Create(framework.SupplierId, CatalogItemTests.Details("D-1"), false, Guid.Empty, _now);
        var (own, _) = CatalogItem.Create(framework.SupplierId, CatalogItemTests.Details("O-1"), true, Guid.Empty, _now);

        Assert.Throws<DomainRuleException>(() => framework.ApproveItem(stranger, new Money(10m, "GBP"), Guid.Empty, _now));
        Assert.Throws<DomainRuleException>(() => framework.ApproveItem(draft, new Money(10m, "GBP"), Guid.Empty, _now));
        Assert.Throws<DomainRuleException>(() => framework.ApproveItem(own, new Money(10m, "EUR"), Guid.Empty, _now));
    }

    [Fact]
    public void Approving_an_approved_item_again_changes_its_ceiling()
    {
        var (framework, item) = Listed(price: 12m, ceiling: 10m);

        framework.ApproveItem(item, new Money(15m, "GBP"), Guid.Empty, _now);

        Assert.Equal(new Money(15m, "GBP"), Assert.Single(framework.Items).Ceiling);
        Assert.True(framework.Allows(item, new DateOnly(2026, 6, 15)));
    }

    [Fact]
    public void The_last_day_cannot_come_before_the_first()
    {
        var problems = FrameworkAgreement.Problems("FW", "Title", _to, _from, "GBP").ToList();

        Assert.Equal("ValidTo", Assert.Single(problems).Field);
        Assert.Throws<DomainRuleException>(() => FrameworkAgreement.Create(Guid.NewGuid(), Guid.NewGuid(), "FW", "Title", _to, _from, "GBP", Guid.Empty, _now));
    }
}
