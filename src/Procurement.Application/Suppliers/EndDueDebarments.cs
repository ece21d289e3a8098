using Procurement.Application.Notifications.Ports;
using Procurement.Application.Suppliers.Ports;
using Procurement.Domain.Suppliers;

namespace Procurement.Application.Suppliers;

/// <summary>
/// Reinstates debarred suppliers whose debarment period is over: one supplier (its scheduled end), or, without an id,
/// every overdue one (the daily sweep, in case a scheduled end was lost).
/// </summary>
public sealed record EndDueDebarments(Guid? SupplierId = null);

/// <summary>
/// Idempotent: a supplier reinstated meanwhile, suspended again until further notice, or whose debarment was extended,
/// is left alone. Each supplier is saved with its decision, search outbox entry and notices in one transaction.
/// </summary>
public sealed class EndDueDebarmentsHandler(ISupplierRegistry registry, INotifications notifications, TimeProvider clock)
{
    /// <summary>Returns the ids of the suppliers reinstated.</summary>
    public async Task<IReadOnlyList<Guid>> HandleAsync(EndDueDebarments command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var candidates = command.SupplierId is { } id ? [id] : await registry.DebarmentsOverAsync(now, cancellationToken);
        var ended = new List<Guid>();
        foreach (var supplierId in candidates)
        {
            var supplier = await registry.FindAsync(supplierId, cancellationToken);
            if (supplier is null || !supplier.IsDebarmentOver(now))
            {
                continue;
            }

            var decision = supplier.EndDebarment(now);
            registry.Record(decision);
            await notifications.NotifyAsync(await registry.UserIdsAsync(supplier.Id, cancellationToken), SupplierNotices.For(supplier.LegalName, decision), cancellationToken);
            await registry.SaveAsync(cancellationToken);
            ended.Add(supplier.Id);
        }

        return ended;
    }
}
