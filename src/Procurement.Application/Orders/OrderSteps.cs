using Procurement.Application.Notifications.Ports;
using Procurement.Application.Orders.Ports;
using Procurement.Domain;
using Procurement.Domain.Orders;

namespace Procurement.Application.Orders;

/// <summary>Whom a step on an order is told to: the other side of the order.</summary>
public enum OrderAudience
{
    /// <summary>The buyer who raised the order.</summary>
    Buyer,

    /// <summary>The agency's approvers.</summary>
    Approvers,

    /// <summary>The supplier's users.</summary>
    Supplier,
}

/// <summary>
/// Runs one step on an order: loads it, checks the actor may take the step, applies it (the domain refuses illegal
/// moves), stages the notice to the other side and saves the order, its events and the notice in one transaction.
/// A concurrent change to the same order (optimistic concurrency) is reported as "changed meanwhile".
/// </summary>
public sealed class OrderSteps(IPurchaseOrders orders, IOrderDirectory directory, INotifications notifications, IOrderLinks links)
{
    public async Task<OrderChange> RunAsync(
        OrderActor actor,
        Guid orderId,
        Func<PurchaseOrder, bool> mayTakeStep,
        Action<PurchaseOrder, DateTimeOffset> step,
        Func<PurchaseOrder, (IReadOnlyCollection<OrderAudience> To, string Title, string Text)> notice,
        CancellationToken cancellationToken,
        string errorField = "",
        Action<PurchaseOrder, DateTimeOffset>? alsoStage = null)
    {
        var order = await orders.FindAsync(orderId, cancellationToken);
        if (order is null || !actor.MaySee(order))
        {
            return OrderChange.NotFound(orderId);
        }

        if (!mayTakeStep(order))
        {
            return OrderChange.NotAllowed(orderId);
        }

        var now = await orders.ClockAsync(cancellationToken);
        try
        {
            step(order, now);
            alsoStage?.Invoke(order, now);
        }
        catch (DomainRuleException refused)
        {
            return OrderChange.Refused(orderId, refused.Message, errorField);
        }

        var (to, title, text) = notice(order);
        await NotifyAsync(order, to, title, text, cancellationToken);
        try
        {
            await orders.SaveAsync(cancellationToken);
        }
        catch (OrderChangedException)
        {
            return OrderChange.Refused(orderId, OrderChange.ChangedMeanwhile);
        }

        return OrderChange.Done(orderId);
    }

    /// <summary>Stages a notice about <paramref name="order"/> for the given audiences, linking to the order's page.</summary>
    public async Task NotifyAsync(PurchaseOrder order, IReadOnlyCollection<OrderAudience> to, string title, string text, CancellationToken cancellationToken)
    {
        var users = new List<Guid>();
        foreach (var audience in to.Distinct())
        {
            users.AddRange(audience switch
            {
                OrderAudience.Buyer => [order.BuyerId],
                OrderAudience.Approvers => await directory.ApproversAsync(order.AgencyId, cancellationToken),
                _ => await directory.SupplierUsersAsync(order.SupplierId, cancellationToken),
            });
        }

        await notifications.NotifyAsync(
            users.Distinct().ToList(),
            new Notice($"{order.Number}: {title}", $"{text}\n\nOrder {order.Number} to {order.SupplierName}, {order.Total}.", links.Order(order.Id)),
            cancellationToken);
    }
}
