using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Procurement.Domain.Audit;

namespace Procurement.Infrastructure.Audit;

internal sealed class AuditLogEntryConfiguration : IEntityTypeConfiguration<AuditLogEntry>
{
    public const string Table = "audit_log";

    public void Configure(EntityTypeBuilder<AuditLogEntry> builder)
    {
        builder.ToTable(Table, table =>
        {
            table.HasCheckConstraint("ck_audit_log_sequence", "sequence >= 1");
            table.HasCheckConstraint("ck_audit_log_hash", $"octet_length(hash) = {AuditChain.HashSize} AND octet_length(previous_hash) = {AuditChain.HashSize}");
        });
        builder.HasKey(entry => entry.Sequence);
        builder.Property(entry => entry.Sequence).ValueGeneratedNever();
        builder.Property(entry => entry.Subject).HasMaxLength(AuditChain.MaxSubjectLength);
        builder.Property(entry => entry.Action).HasMaxLength(AuditChain.MaxActionLength);
        builder.HasIndex(entry => new { entry.Actor, entry.Sequence });
        builder.HasIndex(entry => entry.At);

        // Prefix filters (LIKE 'supplier:%') can use these whatever the database's collation.
        builder.HasIndex(entry => entry.Subject).HasOperators("text_pattern_ops");
        builder.HasIndex(entry => entry.Action).HasOperators("text_pattern_ops");
    }
}
