using Procurement.Domain.Orders;
using static Procurement.Domain.Tests.Orders.OrderBuilder;

namespace Procurement.Domain.Tests.Orders;

public sealed class ApprovalThresholdTests
{
    [Fact]
    public void An_order_at_the_threshold_goes_straight_to_the_supplier()
    {
        Assert.False(Threshold.Requires(new Money(5_000m, "GBP")));
        Assert.Equal(OrderStatus.Placed, Raise(5_000m).Status);
    }

    [Fact]
    public void A_penny_above_the_threshold_needs_an_approver()
    {
        Assert.True(Threshold.Requires(new Money(5_000.01m, "GBP")));
        var order = Raise(5_000.01m);
        Assert.Equal(OrderStatus.AwaitingApproval, order.Status);
        Assert.True(order.NeedsApproval);
    }

    [Fact]
    public void An_order_in_another_currency_always_needs_an_approver()
    {
        Assert.True(Threshold.Requires(new Money(1m, "EUR")));
    }

    [Fact]
    public void Only_someone_other_than_the_buyer_approves()
    {
        var order = Raise(6_000m);

        Assert.Throws<DomainRuleException>(() => order.Approve(Buyer, Now));
        order.Approve(Approver, Now);

        Assert.Equal(OrderStatus.Placed, order.Status);
        Assert.Equal(Approver, order.DecidedBy);
    }

    [Fact]
    public void An_approved_card_order_waits_for_its_payment()
    {
        var order = Raise(6_000m, PaymentMethod.Card);

        order.Approve(Approver, Now);

        Assert.Equal(OrderStatus.AwaitingPayment, order.Status);
        Assert.Equal(PaymentState.NotDue, order.PaymentState);
    }

    [Fact]
    public void A_rejection_needs_a_reason()
    {
        var order = Raise(6_000m);

        Assert.Throws<DomainRuleException>(() => order.Reject(Approver, "  ", Now));
        order.Reject(Approver, " Use the framework for stationery. ", Now);

        Assert.Equal(OrderStatus.Rejected, order.Status);
        Assert.Equal("Use the framework for stationery.", order.Reason);
        Assert.True(order.IsFinal);
    }
}
