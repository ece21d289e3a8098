using Procurement.Domain.Bids;
using Procurement.Domain.Tests.Tenders;

namespace Procurement.Domain.Tests.Bids;

public sealed class BidContentTests
{
    [Fact]
    public void A_bid_for_some_lots_is_valid_and_its_prices_take_each_lots_currency()
    {
        var tender = TenderBuilder.Published();
        var content = new BidContent([new LotOffer(1, 240_000.50m, 90, "Includes markings."), new LotOffer(2, null, null, null)], []);

        Assert.Empty(content.Problems(tender));
        var (lot, price) = Assert.Single(content.Prices(tender));
        Assert.Equal(1, lot);
        Assert.Equal(new Money(240_000.50m, "GBP"), price);
    }

    [Theory]
    [InlineData("0", "90", "Lots[0].Price", "Enter the price for lot 1 in GBP, more than 0 with at most two decimals, for example 12500.00.")]
    [InlineData("-1", "90", "Lots[0].Price", "Enter the price for lot 1 in GBP, more than 0 with at most two decimals, for example 12500.00.")]
    [InlineData("10.001", "90", "Lots[0].Price", "Enter the price for lot 1 in GBP, more than 0 with at most two decimals, for example 12500.00.")]
    [InlineData("100", "0", "Lots[0].ValidityDays", "Enter for how many days your offer for lot 1 stays valid, from 1 to 730.")]
    [InlineData("100", "731", "Lots[0].ValidityDays", "Enter for how many days your offer for lot 1 stays valid, from 1 to 730.")]
    [InlineData("100", "", "Lots[0].ValidityDays", "Enter for how many days your offer for lot 1 stays valid, from 1 to 730.")]
    public void Each_bad_value_is_named_by_its_field(string price, string validity, string field, string message)
    {
        var content = new BidContent(
            [new LotOffer(1, decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture), validity.Length == 0 ? null : int.Parse(validity, System.Globalization.CultureInfo.InvariantCulture), null)],
            []);

        Assert.Contains((field, message), content.Problems(TenderBuilder.Published()));
    }

    [Fact]
    public void A_bid_needs_a_price_for_at_least_one_lot_and_no_unknown_lot()
    {
        var tender = TenderBuilder.Published();

        Assert.Equal([("Lots[0].Price", "Enter a price for at least one lot.")], new BidContent([new LotOffer(1, null, null, null)], []).Problems(tender));
        Assert.Equal([("Lots[0].Price", "The tender has no lot 7.")], new BidContent([new LotOffer(7, 5m, 30, null)], []).Problems(tender));
        Assert.Equal(
            [("Lots[0].Price", "Enter your price for lot 1, or clear its validity and notes if you are not bidding for it.")],
            new BidContent([new LotOffer(1, null, 30, null), new LotOffer(2, 5m, 30, null)], []).Problems(tender));
    }

    [Fact]
    public void Notes_and_attachments_have_limits()
    {
        var tender = TenderBuilder.Published();
        var attachments = Enumerable.Range(1, BidRules.MaxAttachments + 1).Select(n => new AttachmentEntry(n, $"f{n}.pdf", "application/pdf", 10, new string('0', 64))).ToList();

        var problems = new BidContent([new LotOffer(1, 5m, 30, new string('x', BidRules.MaxNotesLength + 1))], attachments).Problems(tender);

        Assert.Contains(("Lots[0].Notes", "The notes for lot 1 must be at most 4,000 characters."), problems);
        Assert.Contains(("Attachment", "A bid can have at most 10 attachments."), problems);
    }
}
