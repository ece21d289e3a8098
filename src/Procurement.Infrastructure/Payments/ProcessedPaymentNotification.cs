using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Procurement.Infrastructure.Payments;

/// <summary>A payment provider event acted on (<c>payment_notifications</c>): its id is the key, so it is acted on once.</summary>
internal sealed class ProcessedPaymentNotification
{
    public const int MaxEventIdLength = 255;
    public const int MaxEventTypeLength = 100;

    public string EventId { get; private set; } = string.Empty;
    public string EventType { get; private set; } = string.Empty;
    public DateTimeOffset ProcessedAt { get; private set; }
}

internal sealed class ProcessedPaymentNotificationConfiguration : IEntityTypeConfiguration<ProcessedPaymentNotification>
{
    public void Configure(EntityTypeBuilder<ProcessedPaymentNotification> builder)
    {
        builder.ToTable("payment_notifications");
        builder.HasKey(notification => notification.EventId);
        builder.Property(notification => notification.EventId).HasMaxLength(ProcessedPaymentNotification.MaxEventIdLength);
        builder.Property(notification => notification.EventType).HasMaxLength(ProcessedPaymentNotification.MaxEventTypeLength);
    }
}
