using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Procurement.Domain.Awards;
using Procurement.Domain.Tenders;

namespace Procurement.Infrastructure.Awards;

internal sealed class AwardDecisionConfiguration : IEntityTypeConfiguration<AwardDecision>
{
    public void Configure(EntityTypeBuilder<AwardDecision> builder)
    {
        builder.ToTable("award_decisions");
        builder.HasKey(decision => decision.Id);
        builder.Property(decision => decision.Id).ValueGeneratedNever();
        builder.HasOne<Tender>().WithMany().HasForeignKey(decision => decision.TenderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(decision => new { decision.TenderId, decision.Round }).IsUnique();

        // At most one decision per tender is not superseded (in its standstill, or final).
        builder.HasIndex(decision => decision.TenderId).IsUnique().HasFilter("status <> 'Superseded'").HasDatabaseName("ix_award_decisions_tender_id_standing");
        builder.HasIndex(decision => decision.NoticePublishedAt);
        builder.Property(decision => decision.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(decision => decision.SupersededReason).HasMaxLength(AwardEvent.MaxDetailLength);
        builder.OwnsMany(decision => decision.Lots, lot =>
        {
            lot.ToTable("award_decision_lots");
            lot.WithOwner().HasForeignKey("award_decision_id");
            lot.Property<int>("id");
            lot.HasKey("id");
            lot.Property(l => l.LotTitle).HasMaxLength(LotDetails.MaxTitleLength);
            lot.Property(l => l.Outcome).HasConversion<string>().HasMaxLength(20);
            lot.Property(l => l.SupplierName).HasMaxLength(300);
            lot.Property(l => l.Amount).HasPrecision(18, 2);
            lot.Property(l => l.Currency).HasMaxLength(3).IsFixedLength();
            lot.Property(l => l.Justification).HasMaxLength(AwardDecision.MaxJustificationLength);
            lot.Property(l => l.UnsuccessfulReason).HasMaxLength(AwardDecision.MaxReasonLength);
            lot.HasIndex(l => l.SupplierId);
        });
        builder.Navigation(decision => decision.Lots).HasField("_lots").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.ToTable("complaints");
        builder.HasKey(complaint => complaint.Id);
        builder.Property(complaint => complaint.Id).ValueGeneratedNever();
        builder.HasOne<Tender>().WithMany().HasForeignKey(complaint => complaint.TenderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AwardDecision>().WithMany().HasForeignKey(complaint => complaint.DecisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(complaint => new { complaint.TenderId, complaint.Status });
        builder.Property(complaint => complaint.Text).HasMaxLength(Complaint.MaxTextLength);
        builder.Property(complaint => complaint.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(complaint => complaint.DecisionReason).HasMaxLength(Complaint.MaxReasonLength);
        builder.OwnsMany(complaint => complaint.Documents, document =>
        {
            document.ToTable("complaint_documents");
            document.WithOwner().HasForeignKey("complaint_id");
            document.HasKey(d => d.Id);
            document.Property(d => d.Id).ValueGeneratedNever();
            document.Property(d => d.FileName).HasMaxLength(Complaint.MaxFileNameLength);
            document.Property(d => d.ContentType).HasMaxLength(100);
            document.Property(d => d.Sha256).HasMaxLength(64);
            document.Ignore(d => d.Content);
        });
        builder.Navigation(complaint => complaint.Documents).HasField("_documents").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ContractConfiguration : IEntityTypeConfiguration<Contract>
{
    public void Configure(EntityTypeBuilder<Contract> builder)
    {
        builder.ToTable("contracts");
        builder.HasKey(contract => contract.Id);
        builder.Property(contract => contract.Id).ValueGeneratedNever();
        builder.HasOne<Tender>().WithMany().HasForeignKey(contract => contract.TenderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AwardDecision>().WithMany().HasForeignKey(contract => contract.DecisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(contract => new { contract.DecisionId, contract.LotId }).IsUnique();
        builder.HasIndex(contract => contract.SupplierId);
        builder.HasIndex(contract => contract.CreatedAt);
        builder.Property(contract => contract.LotTitle).HasMaxLength(LotDetails.MaxTitleLength);
        builder.Property(contract => contract.SupplierName).HasMaxLength(300);
        builder.Property(contract => contract.Amount).HasPrecision(18, 2);
        builder.Property(contract => contract.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(contract => contract.DocumentFileName).HasMaxLength(200);
        builder.Property(contract => contract.DocumentSha256).HasMaxLength(64);
        builder.Ignore(contract => contract.Value);
        builder.Ignore(contract => contract.IsSigned);
    }
}

internal sealed class AwardEventConfiguration : IEntityTypeConfiguration<AwardEvent>
{
    public void Configure(EntityTypeBuilder<AwardEvent> builder)
    {
        builder.ToTable("award_events");
        builder.HasKey(awardEvent => awardEvent.Id);
        builder.Property(awardEvent => awardEvent.Id).ValueGeneratedNever();
        builder.HasIndex(awardEvent => new { awardEvent.TenderId, awardEvent.At });
        builder.Property(awardEvent => awardEvent.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(awardEvent => awardEvent.Detail).HasMaxLength(AwardEvent.MaxDetailLength);
    }
}

/// <summary>A complaint document's content, apart so that reading complaints never loads the files.</summary>
internal sealed class ComplaintDocumentFile(Guid documentId, byte[] content)
{
    public Guid DocumentId { get; private set; } = documentId;
    public byte[] Content { get; private set; } = content;
}

internal sealed class ComplaintDocumentFileConfiguration : IEntityTypeConfiguration<ComplaintDocumentFile>
{
    public void Configure(EntityTypeBuilder<ComplaintDocumentFile> builder)
    {
        builder.ToTable("complaint_document_files");
        builder.HasKey(file => file.DocumentId);
    }
}

/// <summary>The signed contract PDF, apart from the contract row; replaced when the signature is recorded again.</summary>
internal sealed class ContractDocumentFile(Guid contractId, byte[] content)
{
    public Guid ContractId { get; private set; } = contractId;
    public byte[] Content { get; set; } = content;
}

internal sealed class ContractDocumentFileConfiguration : IEntityTypeConfiguration<ContractDocumentFile>
{
    public void Configure(EntityTypeBuilder<ContractDocumentFile> builder)
    {
        builder.ToTable("contract_document_files");
        builder.HasKey(file => file.ContractId);
        builder.HasOne<Contract>().WithOne().HasForeignKey<ContractDocumentFile>(file => file.ContractId).OnDelete(DeleteBehavior.Cascade);
    }
}
