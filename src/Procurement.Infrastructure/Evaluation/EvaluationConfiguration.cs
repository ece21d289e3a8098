using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Procurement.Domain.Evaluation;
using Procurement.Domain.Tenders;

namespace Procurement.Infrastructure.Evaluation;

internal sealed class TenderEvaluationConfiguration : IEntityTypeConfiguration<TenderEvaluation>
{
    public void Configure(EntityTypeBuilder<TenderEvaluation> builder)
    {
        builder.ToTable("tender_evaluations");
        builder.HasKey(evaluation => evaluation.Id);
        builder.Property(evaluation => evaluation.Id).ValueGeneratedNever();
        builder.HasOne<Tender>().WithOne().HasForeignKey<TenderEvaluation>(evaluation => evaluation.TenderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(evaluation => evaluation.TenderId).IsUnique();
        builder.Property(evaluation => evaluation.Scale).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(evaluation => evaluation.ScaleMax);
        builder.Ignore(evaluation => evaluation.IsFinalised);
        builder.Ignore(evaluation => evaluation.ActiveMembers);
        builder.Ignore(evaluation => evaluation.Chair);

        builder.HasMany(evaluation => evaluation.Members).WithOne().HasForeignKey("evaluation_id").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(evaluation => evaluation.Members).HasField("_members").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(evaluation => evaluation.Qualifications).WithOne().HasForeignKey("evaluation_id").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(evaluation => evaluation.Qualifications).HasField("_qualifications").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(evaluation => evaluation.Scores).WithOne().HasForeignKey("evaluation_id").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(evaluation => evaluation.Scores).HasField("_scores").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(evaluation => evaluation.Consensus).WithOne().HasForeignKey("evaluation_id").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(evaluation => evaluation.Consensus).HasField("_consensus").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property<uint>("xmin").IsRowVersion();
    }
}

internal sealed class CommitteeMemberConfiguration : IEntityTypeConfiguration<CommitteeMember>
{
    public void Configure(EntityTypeBuilder<CommitteeMember> builder)
    {
        builder.ToTable("evaluation_members");
        builder.HasKey(member => member.Id);
        builder.Property(member => member.Id).ValueGeneratedNever();
        builder.Property<Guid>("evaluation_id");
        builder.HasIndex("evaluation_id", nameof(CommitteeMember.UserId)).IsUnique();
        builder.HasIndex(member => member.UserId);
        builder.Property(member => member.Name).HasMaxLength(200);
        builder.Property(member => member.Role).HasConversion<string>().HasMaxLength(10);
        builder.Property(member => member.Declaration).HasConversion<string>().HasMaxLength(20);
        builder.Property(member => member.ConflictStatement).HasMaxLength(CommitteeMember.MaxStatementLength);
        builder.Ignore(member => member.IsActive);
        builder.Ignore(member => member.MaySeeBids);
    }
}

internal sealed class BidQualificationConfiguration : IEntityTypeConfiguration<BidQualification>
{
    public void Configure(EntityTypeBuilder<BidQualification> builder)
    {
        builder.ToTable("evaluation_qualifications");
        builder.HasKey(qualification => qualification.Id);
        builder.Property(qualification => qualification.Id).ValueGeneratedNever();
        builder.Property<Guid>("evaluation_id");
        builder.HasIndex("evaluation_id", nameof(BidQualification.BidId)).IsUnique();
        builder.Property(qualification => qualification.Reason).HasMaxLength(BidQualification.MaxReasonLength);
    }
}

internal sealed class MemberScoreConfiguration : IEntityTypeConfiguration<MemberScore>
{
    public void Configure(EntityTypeBuilder<MemberScore> builder)
    {
        builder.ToTable("evaluation_member_scores");
        builder.HasKey(score => score.Id);
        builder.Property(score => score.Id).ValueGeneratedNever();
        builder.Property<Guid>("evaluation_id");
        builder.HasIndex("evaluation_id", nameof(MemberScore.MemberUserId), nameof(MemberScore.BidId), nameof(MemberScore.LotNumber), nameof(MemberScore.Criterion)).IsUnique();
        builder.Property(score => score.Criterion).HasMaxLength(CriterionDetails.MaxNameLength);
        builder.Property(score => score.Justification).HasMaxLength(TenderEvaluation.MaxJustificationLength);
    }
}

internal sealed class ConsensusScoreConfiguration : IEntityTypeConfiguration<ConsensusScore>
{
    public void Configure(EntityTypeBuilder<ConsensusScore> builder)
    {
        builder.ToTable("evaluation_consensus_scores");
        builder.HasKey(score => score.Id);
        builder.Property(score => score.Id).ValueGeneratedNever();
        builder.Property<Guid>("evaluation_id");
        builder.HasIndex("evaluation_id", nameof(ConsensusScore.BidId), nameof(ConsensusScore.LotNumber), nameof(ConsensusScore.Criterion)).IsUnique();
        builder.Property(score => score.Criterion).HasMaxLength(CriterionDetails.MaxNameLength);
        builder.Property(score => score.Score).HasPrecision(7, 2);
        builder.Property(score => score.Justification).HasMaxLength(TenderEvaluation.MaxJustificationLength);
    }
}

internal sealed class EvaluationEventConfiguration : IEntityTypeConfiguration<EvaluationEvent>
{
    public void Configure(EntityTypeBuilder<EvaluationEvent> builder)
    {
        builder.ToTable("evaluation_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasOne<Tender>().WithMany().HasForeignKey(e => e.TenderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.TenderId, e.At });
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Detail).HasMaxLength(EvaluationEvent.MaxDetailLength);
    }
}
