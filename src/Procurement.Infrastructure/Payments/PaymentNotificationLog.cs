using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Procurement.Application.Payments.Ports;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Payments;

/// <summary>
/// Claims an event with <c>INSERT ... ON CONFLICT DO NOTHING</c> in a transaction of the request's context, which the
/// orders' save then joins. PostgreSQL makes a second insert of the same key wait for the first transaction: if that
/// commits, the second inserts nothing (already processed); if it rolls back, the second claims the event itself.
/// </summary>
internal sealed class PaymentNotificationLog(ProcurementDbContext db) : IPaymentNotificationLog
{
    public async Task<IPaymentNotificationClaim?> ClaimAsync(string eventId, string eventType, CancellationToken cancellationToken)
    {
        if (eventId.Length > ProcessedPaymentNotification.MaxEventIdLength)
        {
            throw new InvalidPaymentNotificationException("The event id is too long.");
        }

        var type = eventType.Length > ProcessedPaymentNotification.MaxEventTypeLength ? eventType[..ProcessedPaymentNotification.MaxEventTypeLength] : eventType;
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var inserted = await db.Database.ExecuteSqlAsync(
            $"INSERT INTO payment_notifications (event_id, event_type, processed_at) VALUES ({eventId}, {type}, clock_timestamp()) ON CONFLICT (event_id) DO NOTHING",
            cancellationToken);
        if (inserted == 1)
        {
            return new Claim(transaction);
        }

        await transaction.DisposeAsync();
        return null;
    }

    private sealed class Claim(IDbContextTransaction transaction) : IPaymentNotificationClaim
    {
        public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

        public ValueTask DisposeAsync() => transaction.DisposeAsync();
    }
}
