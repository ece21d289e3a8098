using Procurement.Domain.Orders;

namespace Procurement.Application.Orders;

/// <summary>
/// Who acts on orders: agency staff (buyers raise, approvers approve and pay invoices) see their own agency's orders;
/// supplier users see their company's. Anyone else finds no order at all.
/// </summary>
public sealed record OrderActor(Guid UserId, Guid? AgencyId, Guid? SupplierId, bool IsBuyer, bool IsApprover)
{
    public bool IsAgencySide(PurchaseOrder order) => AgencyId is { } agency && agency == order.AgencyId && (IsBuyer || IsApprover);

    public bool IsSupplierSide(PurchaseOrder order) => SupplierId is { } supplier && supplier == order.SupplierId;

    public bool MaySee(PurchaseOrder order) => IsAgencySide(order) || IsSupplierSide(order);

    public bool MayBuyFor(PurchaseOrder order) => IsBuyer && IsAgencySide(order);

    public bool MayApprove(PurchaseOrder order) => IsApprover && IsAgencySide(order);
}

/// <summary>
/// The outcome of a step on an order: <see cref="Found"/> is false when there is no such order or the actor may not
/// see it; <see cref="Forbidden"/> when the actor sees it but this step is not theirs to take.
/// </summary>
public sealed record OrderChange(bool Found, bool Forbidden, IReadOnlyList<FieldError> Errors, Guid OrderId)
{
    public const string ChangedMeanwhile = "This order was changed by someone else meanwhile. Look at it again and, if it still applies, try again.";

    public static OrderChange NotFound(Guid orderId) => new(false, false, [], orderId);

    public static OrderChange NotAllowed(Guid orderId) => new(true, true, [], orderId);

    public static OrderChange Done(Guid orderId) => new(true, false, [], orderId);

    public static OrderChange Refused(Guid orderId, string message, string field = "") => new(true, false, [new FieldError(field, message)], orderId);

    public static OrderChange Refused(Guid orderId, IEnumerable<FieldError> errors) => new(true, false, errors.ToList(), orderId);

    public bool Succeeded => Found && !Forbidden && Errors.Count == 0;
}
