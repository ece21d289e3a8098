using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Procurement.Domain.Bids;
using Procurement.Domain.Suppliers;
using Procurement.Domain.Tenders;

namespace Procurement.Infrastructure.Bids;

internal sealed class BidConfiguration : IEntityTypeConfiguration<Bid>
{
    public void Configure(EntityTypeBuilder<Bid> builder)
    {
        builder.HasKey(bid => bid.Id);
        builder.Property(bid => bid.Id).ValueGeneratedNever();
        builder.HasOne<Tender>().WithMany().HasForeignKey(bid => bid.TenderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Supplier>().WithMany().HasForeignKey(bid => bid.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(bid => new { bid.TenderId, bid.SupplierId }).IsUnique();
        builder.Property(bid => bid.Status).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(bid => bid.NextVersion);
        builder.Ignore(bid => bid.NextSubmissionKind);
    }
}

internal sealed class SealedBidPartConfiguration : IEntityTypeConfiguration<SealedBidPart>
{
    public void Configure(EntityTypeBuilder<SealedBidPart> builder)
    {
        builder.ToTable("bid_sealed_parts");
        builder.HasKey(part => part.Id);
        builder.Property(part => part.Id).ValueGeneratedNever();
        builder.HasOne<Bid>().WithMany().HasForeignKey(part => part.BidId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(part => new { part.BidId, part.Version, part.PartName }).IsUnique();
        builder.Property(part => part.PartName).HasMaxLength(64);
        builder.Property(part => part.Format).HasMaxLength(50);
        builder.Ignore(part => part.CiphertextSha256Hex);
    }
}

internal sealed class BidReceiptRecordConfiguration : IEntityTypeConfiguration<BidReceiptRecord>
{
    public void Configure(EntityTypeBuilder<BidReceiptRecord> builder)
    {
        builder.ToTable("bid_receipts");
        builder.HasKey(receipt => receipt.Id);
        builder.Property(receipt => receipt.Id).ValueGeneratedNever();
        builder.HasOne<Bid>().WithMany().HasForeignKey(receipt => receipt.BidId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(receipt => new { receipt.BidId, receipt.ReceivedAt });
        builder.HasIndex(receipt => receipt.TenderId);
        builder.Property(receipt => receipt.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(receipt => receipt.BidPartSha256).HasMaxLength(64);
        builder.Property(receipt => receipt.SigningKeyId).HasMaxLength(100);
    }
}

internal sealed class BidDraftConfiguration : IEntityTypeConfiguration<BidDraft>
{
    public void Configure(EntityTypeBuilder<BidDraft> builder)
    {
        builder.ToTable("bid_drafts");
        builder.HasKey(draft => draft.Id);
        builder.Property(draft => draft.Id).ValueGeneratedNever();
        builder.HasOne<Tender>().WithMany().HasForeignKey(draft => draft.TenderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Supplier>().WithMany().HasForeignKey(draft => draft.SupplierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(draft => new { draft.TenderId, draft.SupplierId }).IsUnique();
        builder.HasMany(draft => draft.Attachments).WithOne().HasForeignKey(attachment => attachment.DraftId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(draft => draft.Attachments).HasField("_attachments").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property<uint>("xmin").IsRowVersion();
    }
}

internal sealed class BidDraftAttachmentConfiguration : IEntityTypeConfiguration<BidDraftAttachment>
{
    public void Configure(EntityTypeBuilder<BidDraftAttachment> builder)
    {
        builder.ToTable("bid_draft_attachments");
        builder.HasKey(attachment => attachment.Id);
        builder.Property(attachment => attachment.Id).ValueGeneratedNever();
    }
}

/// <summary>A draft attachment's protected content, apart so that loading a draft never reads the files; deleted with it.</summary>
internal sealed class BidDraftFile(Guid attachmentId, byte[] protectedContent)
{
    public Guid AttachmentId { get; private set; } = attachmentId;
    public byte[] ProtectedContent { get; private set; } = protectedContent;
}

internal sealed class BidDraftFileConfiguration : IEntityTypeConfiguration<BidDraftFile>
{
    public void Configure(EntityTypeBuilder<BidDraftFile> builder)
    {
        builder.ToTable("bid_draft_files");
        builder.HasKey(file => file.AttachmentId);
        builder.HasOne<BidDraftAttachment>().WithOne().HasForeignKey<BidDraftFile>(file => file.AttachmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
