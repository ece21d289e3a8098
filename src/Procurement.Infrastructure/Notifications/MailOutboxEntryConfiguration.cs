using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Procurement.Infrastructure.Notifications;

internal sealed class MailOutboxEntryConfiguration : IEntityTypeConfiguration<MailOutboxEntry>
{
    public void Configure(EntityTypeBuilder<MailOutboxEntry> builder)
    {
        builder.ToTable("mail_outbox");
        builder.HasKey(entry => entry.Id);
        builder.Property(entry => entry.Id).UseIdentityAlwaysColumn();
        builder.Property(entry => entry.ToAddress).HasMaxLength(MailOutboxEntry.MaxAddressLength);
        builder.Property(entry => entry.Subject).HasMaxLength(MailOutboxEntry.MaxSubjectLength);
        builder.Property(entry => entry.LastError).HasMaxLength(MailOutboxDrainer.MaxErrorLength);
        builder.HasIndex(entry => entry.DeadAt);
    }
}
