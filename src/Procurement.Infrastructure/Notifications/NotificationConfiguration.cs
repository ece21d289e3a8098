using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Procurement.Application.Notifications.Ports;
using Procurement.Domain.Notifications;
using Procurement.Infrastructure.Identity;

namespace Procurement.Infrastructure.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public const int MaxLinkLength = 1_000;

    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.HasKey(notification => notification.Id);
        builder.Property(notification => notification.Title).HasMaxLength(Notice.MaxTitleLength);
        builder.Property(notification => notification.Text).HasMaxLength(Notice.MaxTextLength);
        builder.Property(notification => notification.Link).HasMaxLength(MaxLinkLength);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(notification => notification.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(notification => new { notification.UserId, notification.CreatedAt });
        builder.HasIndex(notification => notification.UserId).HasFilter("read_at IS NULL").HasDatabaseName("ix_notifications_unread");
    }
}
