using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Procurement.Domain.Agencies;

namespace Procurement.Infrastructure.Agencies;

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.HasKey(agency => agency.Id);
        builder.Property(agency => agency.Name).HasMaxLength(300);
        builder.Property(agency => agency.Identifier).HasMaxLength(100);
        builder.HasIndex(agency => agency.Identifier).IsUnique();
        builder.Property(agency => agency.ContactEmail).HasMaxLength(256);
        builder.Property(agency => agency.Region).HasMaxLength(100);
        builder.Property(agency => agency.OrderApprovalLimit).HasPrecision(18, 2);
        builder.Property(agency => agency.OrderApprovalCurrency).HasMaxLength(3).IsFixedLength();
        builder.Ignore(agency => agency.OrderApprovalThreshold);
    }
}
