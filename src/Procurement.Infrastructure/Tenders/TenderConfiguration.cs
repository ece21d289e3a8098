using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Procurement.Domain.Agencies;
using Procurement.Domain.Tenders;

namespace Procurement.Infrastructure.Tenders;

internal sealed class TenderConfiguration : IEntityTypeConfiguration<Tender>
{
    /// <summary>The PostgreSQL sequence behind the reference numbers: unique and never reused, across years.</summary>
    public const string ReferenceSequence = "tender_reference_numbers";

    public void Configure(EntityTypeBuilder<Tender> builder)
    {
        builder.HasKey(tender => tender.Id);
        builder.Property(tender => tender.Id).ValueGeneratedNever();
        builder.HasOne<Agency>().WithMany().HasForeignKey(tender => tender.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(tender => tender.Reference).HasMaxLength(20);
        builder.HasIndex(tender => tender.Reference).IsUnique();
        builder.Property(tender => tender.Ocid).HasMaxLength(40);
        builder.HasIndex(tender => tender.Ocid).IsUnique();
        builder.Property(tender => tender.Title).HasMaxLength(TenderDetails.MaxTitleLength);
        builder.Property(tender => tender.Description).HasMaxLength(TenderDetails.MaxDescriptionLength);
        builder.Property(tender => tender.ShortPeriodJustification).HasMaxLength(TenderDetails.MaxJustificationLength);
        builder.Property(tender => tender.CancellationReason).HasMaxLength(Tender.MaxCancellationReasonLength);
        builder.Property(tender => tender.Procedure).HasConversion<string>().HasMaxLength(30);
        builder.Property(tender => tender.EvaluationMethod).HasConversion<string>().HasMaxLength(20);
        builder.Property(tender => tender.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(tender => new { tender.Status, tender.SubmissionDeadline });
        builder.Ignore(tender => tender.CpvCodes);
        builder.Ignore(tender => tender.IsPublic);
        builder.Ignore(tender => tender.IsOpened);
        builder.Ignore(tender => tender.OpeningKeyLagsDeadline);

        builder.OwnsOne(tender => tender.OpeningKey, key =>
        {
            key.Property(k => k.PublicKey).HasColumnName("opening_public_key");
            key.Property(k => k.Fingerprint).HasMaxLength(100).HasColumnName("opening_key_fingerprint");
            key.Property(k => k.NotBefore).HasColumnName("opening_key_not_before");
            key.Property(k => k.WrapFormat).HasMaxLength(50).HasColumnName("opening_key_format");
            key.Property(k => k.KeyEncryptionKeyId).HasMaxLength(100).HasColumnName("opening_key_kek_id");
            key.Property(k => k.WrapNonce).HasColumnName("opening_key_nonce");
            key.Property(k => k.WrappedPrivateKey).HasColumnName("opening_key_wrapped");
        });

        builder.OwnsMany(tender => tender.Lots, lot =>
        {
            lot.ToTable("tender_lots");
            lot.WithOwner().HasForeignKey("tender_id");
            lot.Property<int>("id");
            lot.HasKey("id");
            lot.Property(l => l.Title).HasMaxLength(LotDetails.MaxTitleLength);
            lot.Property(l => l.Description).HasMaxLength(LotDetails.MaxDescriptionLength);
            lot.Property(l => l.CpvCode).HasMaxLength(10);
            lot.HasIndex(l => l.CpvCode);
            lot.Property(l => l.Quantity).HasPrecision(18, 3);
            lot.Property(l => l.UnitCode).HasMaxLength(3);
            lot.OwnsOne(l => l.EstimatedValue, money =>
            {
                money.Property(m => m.Amount).HasPrecision(18, 2).HasColumnName("estimated_value_amount");
                money.Property(m => m.Currency).HasMaxLength(3).IsFixedLength().HasColumnName("estimated_value_currency");
            });
            lot.Navigation(l => l.EstimatedValue).IsRequired();
        });
        builder.Navigation(tender => tender.Lots).HasField("_lots").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(tender => tender.Criteria, criterion =>
        {
            criterion.ToTable("tender_criteria");
            criterion.WithOwner().HasForeignKey("tender_id");
            criterion.Property<int>("id");
            criterion.HasKey("id");
            criterion.Property(c => c.Name).HasMaxLength(CriterionDetails.MaxNameLength);
        });
        builder.Navigation(tender => tender.Criteria).HasField("_criteria").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasMany(tender => tender.Documents).WithOne().HasForeignKey("tender_id").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(tender => tender.Documents).HasField("_documents").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property<uint>("xmin").IsRowVersion();
    }
}

internal sealed class TenderDocumentConfiguration : IEntityTypeConfiguration<TenderDocument>
{
    public void Configure(EntityTypeBuilder<TenderDocument> builder)
    {
        builder.ToTable("tender_documents");
        builder.HasKey(document => document.Id);
        builder.Property(document => document.Id).ValueGeneratedNever();
        builder.Property(document => document.Title).HasMaxLength(TenderDocument.MaxTitleLength);
        builder.Property(document => document.FileName).HasMaxLength(120);
        builder.Property(document => document.ContentType).HasMaxLength(100);
        builder.Property(document => document.Sha256).HasMaxLength(64).IsFixedLength();
    }
}

/// <summary>
/// The bytes of a tender document, in their own table (<c>tender_document_files</c>) so that loading tenders never
/// reads them; deleted with the document.
/// </summary>
internal sealed class TenderDocumentFile(Guid documentId, byte[] content)
{
    public Guid DocumentId { get; private set; } = documentId;
    public byte[] Content { get; private set; } = content;
}

internal sealed class TenderDocumentFileConfiguration : IEntityTypeConfiguration<TenderDocumentFile>
{
    public void Configure(EntityTypeBuilder<TenderDocumentFile> builder)
    {
        builder.ToTable("tender_document_files");
        builder.HasKey(file => file.DocumentId);
        builder.HasOne<TenderDocument>().WithOne().HasForeignKey<TenderDocumentFile>(file => file.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TenderVersionConfiguration : IEntityTypeConfiguration<TenderVersion>
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public void Configure(EntityTypeBuilder<TenderVersion> builder)
    {
        builder.ToTable("tender_versions");
        builder.HasKey(version => version.Id);
        builder.Property(version => version.Id).ValueGeneratedNever();
        builder.HasOne<Tender>().WithMany().HasForeignKey(version => version.TenderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(version => new { version.TenderId, version.Number }).IsUnique();
        builder.Property(version => version.ChangeSummary).HasMaxLength(Tender.MaxChangeSummaryLength);

        // The snapshot is written once and never changed, so comparing by reference is enough for change tracking.
        builder.Property(version => version.Snapshot)
            .HasColumnType("jsonb")
            .HasConversion(
                snapshot => JsonSerializer.Serialize(snapshot, _json),
                json => JsonSerializer.Deserialize<TenderSnapshot>(json, _json)!,
                new ValueComparer<TenderSnapshot>((a, b) => ReferenceEquals(a, b), snapshot => snapshot.GetHashCode(), snapshot => snapshot));
    }
}

internal sealed class TenderEventConfiguration : IEntityTypeConfiguration<TenderEvent>
{
    public void Configure(EntityTypeBuilder<TenderEvent> builder)
    {
        builder.ToTable("tender_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasOne<Tender>().WithMany().HasForeignKey(e => e.TenderId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Detail).HasMaxLength(TenderEvent.MaxDetailLength);
        builder.HasIndex(e => new { e.TenderId, e.At });

        // OCDS release pages read the events in (date, id) order from a date: docs/open-data.md.
        builder.HasIndex(e => new { e.At, e.Id });
    }
}
