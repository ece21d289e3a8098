using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Procurement.Domain.Bids;
using Procurement.Domain.Tenders;

namespace Procurement.Infrastructure.Bids;

internal sealed class OpeningRecordConfiguration : IEntityTypeConfiguration<OpeningRecord>
{
    public void Configure(EntityTypeBuilder<OpeningRecord> builder)
    {
        builder.ToTable("opening_records");
        builder.HasKey(record => record.Id);
        builder.Property(record => record.Id).ValueGeneratedNever();
        builder.HasOne<Tender>().WithOne().HasForeignKey<OpeningRecord>(record => record.TenderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(record => record.TenderId).IsUnique();
        builder.Property(record => record.KeyFingerprint).HasMaxLength(100);
        builder.HasMany(record => record.Bids).WithOne().HasForeignKey("opening_record_id").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(record => record.Bids).HasField("_bids").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class OpenedBidConfiguration : IEntityTypeConfiguration<OpenedBid>
{
    public void Configure(EntityTypeBuilder<OpenedBid> builder)
    {
        builder.ToTable("opened_bids");
        builder.HasKey(bid => bid.Id);
        builder.Property(bid => bid.Id).ValueGeneratedNever();
        builder.HasIndex(bid => bid.BidId);
        builder.Property(bid => bid.SupplierName).HasMaxLength(300);
        builder.Property(bid => bid.CiphertextSha256).HasMaxLength(64);
        builder.Property(bid => bid.Integrity).HasConversion<string>().HasMaxLength(30);
        builder.Property(bid => bid.IntegrityDetail).HasMaxLength(500);
        builder.OwnsMany(bid => bid.Lots, lot =>
        {
            lot.ToTable("opened_lot_offers");
            lot.WithOwner().HasForeignKey("opened_bid_id");
            lot.Property<int>("id");
            lot.HasKey("id");
            lot.Property(l => l.Notes).HasMaxLength(BidRules.MaxNotesLength);
            lot.OwnsOne(l => l.Price, money =>
            {
                money.Property(m => m.Amount).HasPrecision(18, 2).HasColumnName("price_amount");
                money.Property(m => m.Currency).HasMaxLength(3).IsFixedLength().HasColumnName("price_currency");
            });
            lot.Navigation(l => l.Price).IsRequired();
        });
        builder.Navigation(bid => bid.Lots).HasField("_lots").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(bid => bid.Attachments).WithOne().HasForeignKey("opened_bid_id").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(bid => bid.Attachments).HasField("_attachments").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class OpenedAttachmentConfiguration : IEntityTypeConfiguration<OpenedAttachment>
{
    public void Configure(EntityTypeBuilder<OpenedAttachment> builder)
    {
        builder.ToTable("opened_attachments");
        builder.HasKey(attachment => attachment.Id);
        builder.Property(attachment => attachment.Id).ValueGeneratedNever();
        builder.Property(attachment => attachment.FileName).HasMaxLength(BidRules.MaxFileNameLength);
        builder.Property(attachment => attachment.ContentType).HasMaxLength(100);
        builder.Property(attachment => attachment.Sha256).HasMaxLength(64);
        builder.Property(attachment => attachment.Integrity).HasConversion<string>().HasMaxLength(30);
    }
}

/// <summary>An opened attachment's content, apart so that reading the opening record never loads the files.</summary>
internal sealed class OpenedAttachmentFile(Guid attachmentId, byte[] content)
{
    public Guid AttachmentId { get; private set; } = attachmentId;
    public byte[] Content { get; private set; } = content;
}

internal sealed class OpenedAttachmentFileConfiguration : IEntityTypeConfiguration<OpenedAttachmentFile>
{
    public void Configure(EntityTypeBuilder<OpenedAttachmentFile> builder)
    {
        builder.ToTable("opened_attachment_files");
        builder.HasKey(file => file.AttachmentId);
        builder.HasOne<OpenedAttachment>().WithOne().HasForeignKey<OpenedAttachmentFile>(file => file.AttachmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
