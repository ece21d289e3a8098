using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Procurement.Application.Orders;
using Procurement.Application.Orders.Ports;
using Procurement.Domain.Identity;
using Procurement.Domain.Orders;
using Procurement.Web.Features.Identity;

namespace Procurement.Web.Features.Orders;

internal static class OrderActors
{
    public static OrderActor OrderActor(this ClaimsPrincipal user) =>
        new(user.UserId(), user.AgencyId(), user.SupplierId(), user.IsInRole(Roles.Buyer), user.IsInRole(Roles.Approver));

    /// <summary>The signed-in buyer, or null when the user is not a Buyer of an agency.</summary>
    public static CartBuyer? CartBuyer(this ClaimsPrincipal user) =>
        user.IsInRole(Roles.Buyer) && user.AgencyId() is { } agencyId ? new CartBuyer(user.UserId(), agencyId) : null;
}

public sealed record CartPage(CartView Cart, SubmitCartForm Form);

public sealed class SubmitCartForm
{
    [Display(Name = "Delivery address")]
    public string? DeliveryAddress { get; set; }

    [Display(Name = "Cost centre")]
    public string? CostCentre { get; set; }
}

/// <summary>A list of orders with its state filter; <see cref="Heading"/> names whose orders they are.</summary>
public sealed record OrderListPage(string Heading, string Path, OrderStatus? Status, IReadOnlyList<OrderSummary> Orders, bool ShowAgency);

public sealed record OrderPage(PurchaseOrder Order, string AgencyName, IReadOnlyList<OrderHistoryEntry> History, OrderActor Actor, OrderActionForm Form)
{
    public bool IsBuyerSide => Actor.MayBuyFor(Order);
    public bool IsApprover => Actor.MayApprove(Order);
    public bool IsSupplier => Actor.IsSupplierSide(Order);
}

/// <summary>The fields of every action form on the order page, each with its own name so errors land beside the right form.</summary>
public sealed class OrderActionForm
{
    [Display(Name = "Reason for rejecting")]
    public string? RejectReason { get; set; }

    [Display(Name = "Reason for declining")]
    public string? DeclineReason { get; set; }

    [Display(Name = "Reason for cancelling")]
    public string? CancelReason { get; set; }

    [Display(Name = "Shipping note (optional)")]
    public string? ShipNote { get; set; }

    [Display(Name = "Invoice number")]
    public string? InvoiceNumber { get; set; }

    [Display(Name = "Invoice (PDF)")]
    public IFormFile? Document { get; set; }

    [Display(Name = "Payment reference")]
    public string? PaymentReference { get; set; }

    /// <summary>Quantity received per line number.</summary>
    public Dictionary<int, decimal?> Received { get; set; } = [];
}

public sealed record OrderDashboardPage(
    IReadOnlyDictionary<OrderStatus, int> Counts, IReadOnlyList<MonthlySpend> ByMonth, IReadOnlyList<DivisionSpend> ByDivision,
    IReadOnlyDictionary<string, string> DivisionNames, DateTimeOffset From, DateTimeOffset Now);

public static class OrderText
{
    public static string Status(OrderStatus status) => status switch
    {
        OrderStatus.AwaitingApproval => "Awaiting approval",
        OrderStatus.AwaitingPayment => "Awaiting payment",
        OrderStatus.Placed => "With the supplier",
        OrderStatus.PartiallyDelivered => "Partly delivered",
        _ => status.ToString(),
    };

    public static string Payment(PaymentMethod method, PaymentState state) => (method, state) switch
    {
        (_, PaymentState.NotDue) => method == PaymentMethod.Invoice ? "On invoice: no invoice yet" : "By card: not paid yet",
        (_, PaymentState.Pending) => "Card payment started, waiting for its confirmation",
        (_, PaymentState.Invoiced) => "Invoiced, waiting to be paid",
        (_, PaymentState.RefundPending) => "Refund requested",
        _ => state.ToString(),
    };

    public static string Event(OrderEventKind kind) => kind switch
    {
        OrderEventKind.CheckoutStarted => "Card checkout started",
        OrderEventKind.DeliveryConfirmed => "Delivery confirmed",
        OrderEventKind.RefundRequested => "Refund requested",
        _ => kind.ToString(),
    };

    public static string Quantity(decimal quantity) => quantity.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
}
