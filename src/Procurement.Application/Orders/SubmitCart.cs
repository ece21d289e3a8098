using Procurement.Application.Orders.Ports;
using Procurement.Application.Payments.Ports;
using Procurement.Domain;
using Procurement.Domain.Orders;

namespace Procurement.Application.Orders;

public sealed record SubmitCart(CartBuyer Buyer, string? DeliveryAddress, string? CostCentre);

/// <summary>The orders a submitted cart raised (one per supplier and currency), or why nothing was raised.</summary>
public sealed record CartSubmission(IReadOnlyList<FieldError> Errors, IReadOnlyList<RaisedOrder> Orders)
{
    public bool Succeeded => Errors.Count == 0;
}

public sealed record RaisedOrder(Guid OrderId, string Number, string SupplierName, Money Total, OrderStatus Status);

/// <summary>
/// Turns the buyer's cart into purchase orders. Every line is priced again from the catalog now; anything no longer
/// orderable or below its minimum is refused item by item and nothing is raised. The cart splits into one order per
/// supplier and currency, each raised with the agency's approval threshold and the platform's payment method; the
/// orders, their events, the emptied cart and the notices (approvers for orders awaiting approval, the supplier for
/// the others) are written in one transaction.
/// </summary>
public sealed class SubmitCartHandler(
    ICarts carts, CartPricing pricing, IPurchaseOrders orders, IOrderDirectory directory, IPaymentGateway gateway, OrderSteps steps)
{
    public async Task<CartSubmission> HandleAsync(SubmitCart command, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (DeliveryDetails.AddressProblem(command.DeliveryAddress) is { } addressProblem)
        {
            errors.Add(new FieldError(nameof(SubmitCart.DeliveryAddress), addressProblem));
        }

        if (DeliveryDetails.CostCentreProblem(command.CostCentre) is { } costCentreProblem)
        {
            errors.Add(new FieldError(nameof(SubmitCart.CostCentre), costCentreProblem));
        }

        var delivery = errors.Count == 0 ? new DeliveryDetails(command.DeliveryAddress!, command.CostCentre!) : null;
        var entries = await carts.LinesAsync(command.Buyer.UserId, cancellationToken);
        if (entries.Count == 0)
        {
            return Refused([new FieldError(string.Empty, "Your cart is empty: add items from the catalog first.")]);
        }

        var now = await orders.ClockAsync(cancellationToken);
        var priced = await pricing.PriceAsync(command.Buyer.AgencyId, entries, now, cancellationToken);
        errors.AddRange(priced.Problems.Select(problem => new FieldError(string.Empty, problem.Message)));
        if (errors.Count > 0 || delivery is null)
        {
            return Refused(errors);
        }

        var threshold = new ApprovalThreshold(await directory.ApprovalThresholdAsync(command.Buyer.AgencyId, cancellationToken)
            ?? throw new InvalidOperationException($"Agency {command.Buyer.AgencyId} does not exist."));
        var raised = new List<PurchaseOrder>();
        try
        {
            foreach (var basket in priced.Baskets)
            {
                var number = await directory.NextOrderNumberAsync(now.Year, cancellationToken);
                raised.Add(PurchaseOrder.Raise(number, command.Buyer.AgencyId, command.Buyer.UserId, basket, delivery, gateway.Method, threshold, now));
            }
        }
        catch (DomainRuleException refused)
        {
            return Refused([new FieldError(string.Empty, refused.Message)]);
        }

        foreach (var order in raised)
        {
            orders.Add(order);
            if (order.Status == OrderStatus.AwaitingApproval)
            {
                await steps.NotifyAsync(order, [OrderAudience.Approvers], "awaiting your approval",
                    $"A buyer raised this order above your agency's approval threshold of {threshold.Limit}. Approve or reject it on the order's page.", cancellationToken);
            }
            else if (order.Status == OrderStatus.Placed)
            {
                // A card order awaiting payment is not the supplier's yet: the payment tells it.
                await steps.NotifyAsync(order, [OrderAudience.Supplier], "new order",
                    "A new purchase order was placed with you. Accept or decline it on the order's page.", cancellationToken);
            }
        }

        await carts.ClearAsync(command.Buyer.UserId, cancellationToken);
        try
        {
            await orders.SaveAsync(cancellationToken);
        }
        catch (OrderChangedException)
        {
            return Refused([new FieldError(string.Empty, "Your cart changed while it was being submitted (perhaps submitted twice). Look at your orders and the cart again.")]);
        }

        return new CartSubmission([], [.. raised.Select(order => new RaisedOrder(order.Id, order.Number, order.SupplierName, order.Total, order.Status))]);
    }

    private static CartSubmission Refused(IReadOnlyList<FieldError> errors) => new(errors, []);
}
