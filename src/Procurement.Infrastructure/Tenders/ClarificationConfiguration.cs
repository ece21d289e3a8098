using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Procurement.Domain.Suppliers;
using Procurement.Domain.Tenders;

namespace Procurement.Infrastructure.Tenders;

internal sealed class ClarificationConfiguration : IEntityTypeConfiguration<Clarification>
{
    public void Configure(EntityTypeBuilder<Clarification> builder)
    {
        builder.ToTable("clarifications");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<Tender>().WithMany().HasForeignKey(c => c.TenderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Supplier>().WithMany().HasForeignKey(c => c.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Question).HasMaxLength(Clarification.MaxQuestionLength);
        builder.Property(c => c.PublishedQuestion).HasMaxLength(Clarification.MaxQuestionLength);
        builder.Property(c => c.Answer).HasMaxLength(Clarification.MaxAnswerLength);
        builder.Ignore(c => c.IsAnswered);
        builder.HasIndex(c => new { c.TenderId, c.AskedAt });
        builder.HasIndex(c => c.SupplierId);
    }
}

internal sealed class ClarificationEventConfiguration : IEntityTypeConfiguration<ClarificationEvent>
{
    public void Configure(EntityTypeBuilder<ClarificationEvent> builder)
    {
        builder.ToTable("clarification_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasOne<Clarification>().WithMany().HasForeignKey(e => e.ClarificationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Detail).HasMaxLength(Clarification.MaxQuestionLength + Clarification.MaxAnswerLength + 10);
        builder.HasIndex(e => new { e.TenderId, e.At });
    }
}

internal sealed class TenderFollowerConfiguration : IEntityTypeConfiguration<TenderFollower>
{
    public void Configure(EntityTypeBuilder<TenderFollower> builder)
    {
        builder.ToTable("tender_followers");
        builder.HasKey(f => new { f.TenderId, f.SupplierId });
        builder.HasOne<Tender>().WithMany().HasForeignKey(f => f.TenderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Supplier>().WithMany().HasForeignKey(f => f.SupplierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => f.SupplierId);
    }
}
