using Procurement.Domain.Orders;
using static Procurement.Domain.Tests.Orders.OrderBuilder;

namespace Procurement.Domain.Tests.Orders;

/// <summary>Every move from every status: the allowed ones go through, every other one is refused and changes nothing.</summary>
public sealed class OrderTransitionTests
{
    private static readonly Dictionary<string, Action<PurchaseOrder>> Moves = new()
    {
        ["approve"] = order => order.Approve(Approver, Now),
        ["reject"] = order => order.Reject(Approver, "No budget", Now),
        ["checkout"] = order =>
        {
            order.BeginCheckout();
            order.CheckoutOpened("cs_9", Buyer, Now);
        },
        ["accept"] = order => order.Accept(Supplier, SupplierUser, Now),
        ["decline"] = order => order.Decline(Supplier, "Out of stock", SupplierUser, Now),
        ["ship"] = order => order.MarkShipped(Supplier, null, SupplierUser, Now),
        ["confirm delivery"] = order => order.ConfirmDelivery(Buyer, new Dictionary<int, decimal> { [1] = 1m }, Now),
        ["cancel"] = order => order.Cancel(Buyer, "Not needed", Now),
        ["invoice"] = order => order.AttachInvoice(Supplier, "INV-9", order.Total, Guid.NewGuid(), SupplierUser, Now),
        ["mark invoice paid"] = order => order.MarkInvoicePaid("BACS-9", Approver, Now),
        ["refund"] = order => order.RecordRefund("re_9", Now),
    };

    public static TheoryData<OrderStatus, PaymentMethod, string> Cases()
    {
        var cases = new TheoryData<OrderStatus, PaymentMethod, string>();
        foreach (var status in Enum.GetValues<OrderStatus>())
        {
            foreach (var method in Enum.GetValues<PaymentMethod>())
            {
                if (Reachable(status, method))
                {
                    foreach (var move in Moves.Keys)
                    {
                        cases.Add(status, method, move);
                    }
                }
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Only_the_moves_the_state_machine_allows_go_through(OrderStatus status, PaymentMethod method, string move)
    {
        var order = At(status, method);
        Assert.Equal(status, order.Status);
        var paymentBefore = order.PaymentState;
        order.TakeEvents();

        if (Allowed(status, method, move))
        {
            Moves[move](order);
            Assert.NotEmpty(order.TakeEvents());
        }
        else
        {
            Assert.Throws<DomainRuleException>(() => Moves[move](order));
            Assert.Equal(status, order.Status);
            Assert.Equal(paymentBefore, order.PaymentState);
            Assert.Empty(order.TakeEvents());
        }
    }

    private static bool Reachable(OrderStatus status, PaymentMethod method) => (status, method) switch
    {
        (OrderStatus.AwaitingPayment, PaymentMethod.Invoice) => false, // invoice orders go straight to the supplier
        (OrderStatus.Delivered, PaymentMethod.Card) => false, // a paid order closes on delivery
        _ => true,
    };

    private static bool Allowed(OrderStatus status, PaymentMethod method, string move) => move switch
    {
        "approve" or "reject" => status == OrderStatus.AwaitingApproval,
        "checkout" => method == PaymentMethod.Card && status == OrderStatus.AwaitingPayment,
        "accept" or "decline" => status == OrderStatus.Placed,
        "ship" => status is OrderStatus.Accepted or OrderStatus.PartiallyDelivered,
        "confirm delivery" => status == OrderStatus.Shipped,
        "cancel" => status is OrderStatus.AwaitingApproval or OrderStatus.AwaitingPayment or OrderStatus.Placed or OrderStatus.Accepted,
        "invoice" => method == PaymentMethod.Invoice
            && status is OrderStatus.Accepted or OrderStatus.Shipped or OrderStatus.PartiallyDelivered or OrderStatus.Delivered,
        "refund" => method == PaymentMethod.Card && status is OrderStatus.Declined or OrderStatus.Cancelled, // a paid order withdrawn awaits its refund
        _ => false, // nothing to mark paid without an invoice
    };
}
