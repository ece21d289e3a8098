using Procurement.Infrastructure.Outbox;

namespace Procurement.Infrastructure.Search;

/// <summary>
/// "Supplier X changed; bring the search index up to date." Written in the same transaction as the change, so a
/// committed change always has its entry, and deleted only after the index has taken it.
/// </summary>
public sealed class SearchOutboxEntry : OutboxDelivery
{
    private SearchOutboxEntry()
    {
    }

    public SearchOutboxEntry(Guid supplierId, DateTimeOffset enqueuedAt)
    {
        SupplierId = supplierId;
        EnqueuedAt = enqueuedAt;
    }

    public long Id { get; private set; }
    public Guid SupplierId { get; private set; }
    public DateTimeOffset EnqueuedAt { get; private set; }
}
