using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Procurement.Domain.Suppliers;

namespace Procurement.Infrastructure.Suppliers;

internal sealed class SupplierConfiguration : IEntityTypeConfiguration<Supplier>
{
    public void Configure(EntityTypeBuilder<Supplier> builder)
    {
        builder.HasKey(supplier => supplier.Id);
        builder.Property(supplier => supplier.LegalName).HasMaxLength(300);
        builder.Property(supplier => supplier.TradingName).HasMaxLength(300);
        builder.Property(supplier => supplier.Country).HasMaxLength(2);
        builder.Property(supplier => supplier.Region).HasMaxLength(100);
        builder.Property(supplier => supplier.Description).HasMaxLength(4000);
        builder.Property(supplier => supplier.RejectionReason).HasMaxLength(2000);
        builder.Property(supplier => supplier.SuspensionReason).HasMaxLength(2000);
        builder.Property(supplier => supplier.InformationRequest).HasMaxLength(2000);
        builder.Ignore(supplier => supplier.MayEditDetails);
        builder.Ignore(supplier => supplier.MayBid);
        builder.Property(supplier => supplier.Size).HasConversion<string>().HasMaxLength(20);
        builder.Property(supplier => supplier.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(supplier => supplier.CpvCodes).HasField("_cpvCodes").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property(supplier => supplier.SubscribedCpvPrefixes).HasField("_subscribedCpvPrefixes").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(supplier => supplier.IsSme);
        builder.Property<uint>("xmin").IsRowVersion();
    }
}

internal sealed class SupplierDecisionConfiguration : IEntityTypeConfiguration<SupplierDecision>
{
    public void Configure(EntityTypeBuilder<SupplierDecision> builder)
    {
        builder.HasKey(decision => decision.Id);
        builder.Property(decision => decision.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(decision => decision.Reason).HasMaxLength(2000);
        builder.HasOne<Supplier>().WithMany().HasForeignKey(decision => decision.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(decision => new { decision.SupplierId, decision.DecidedAt });
    }
}
