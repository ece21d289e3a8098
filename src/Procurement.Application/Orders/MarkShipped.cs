namespace Procurement.Application.Orders;

public sealed record MarkShipped(OrderActor Actor, Guid OrderId, string? Note);

/// <summary>The supplier records a shipment: the whole order, or the rest after a partial delivery.</summary>
public sealed class MarkShippedHandler(OrderSteps steps)
{
    public const int MaxNoteLength = 500;

    public Task<OrderChange> HandleAsync(MarkShipped command, CancellationToken cancellationToken) =>
        command.Note is { Length: > MaxNoteLength }
            ? Task.FromResult(OrderChange.Refused(command.OrderId, $"Keep the shipping note to {MaxNoteLength} characters.", nameof(MarkShipped.Note)))
            : steps.RunAsync(
                command.Actor,
                command.OrderId,
                command.Actor.IsSupplierSide,
                (order, now) => order.MarkShipped(command.Actor.SupplierId!.Value, command.Note, command.Actor.UserId, now),
                _ => ([OrderAudience.Buyer], "shipped",
                    $"The supplier shipped the order.{(string.IsNullOrWhiteSpace(command.Note) ? string.Empty : $" Note: {command.Note.Trim()}")} Confirm what you receive on the order's page."),
                cancellationToken);
}
