using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Procurement.Infrastructure.Outbox;

namespace Procurement.Infrastructure.Search;

/// <summary>
/// "Catalog item X (or the frameworks listing it) changed; bring the catalog index up to date." Written in the same
/// transaction as the change, deleted once the index has taken it: the catalog twin of <see cref="SearchOutboxEntry"/>.
/// </summary>
public sealed class CatalogSearchOutboxEntry : OutboxDelivery
{
    private CatalogSearchOutboxEntry()
    {
    }

    public CatalogSearchOutboxEntry(Guid itemId, DateTimeOffset enqueuedAt)
    {
        ItemId = itemId;
        EnqueuedAt = enqueuedAt;
    }

    public long Id { get; private set; }
    public Guid ItemId { get; private set; }
    public DateTimeOffset EnqueuedAt { get; private set; }
}

internal sealed class CatalogSearchOutboxEntryConfiguration : IEntityTypeConfiguration<CatalogSearchOutboxEntry>
{
    public void Configure(EntityTypeBuilder<CatalogSearchOutboxEntry> builder)
    {
        builder.ToTable("catalog_search_outbox");
        builder.HasKey(entry => entry.Id);
        builder.Property(entry => entry.Id).UseIdentityAlwaysColumn();
        builder.Property(entry => entry.LastError).HasMaxLength(SearchOutboxDrainer.MaxErrorLength);
        builder.HasIndex(entry => entry.DeadAt);
    }
}
