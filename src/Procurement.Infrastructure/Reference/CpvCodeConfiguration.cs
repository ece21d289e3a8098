using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Procurement.Domain.Reference;

namespace Procurement.Infrastructure.Reference;

internal sealed class CpvCodeConfiguration : IEntityTypeConfiguration<CpvCode>
{
    public void Configure(EntityTypeBuilder<CpvCode> builder)
    {
        builder.HasKey(cpv => cpv.Code);
        builder.Property(cpv => cpv.Code).HasMaxLength(10);
        builder.Property(cpv => cpv.Label).HasMaxLength(400);
        builder.Ignore(cpv => cpv.Division);
    }
}

internal sealed class UnitOfMeasureConfiguration : IEntityTypeConfiguration<UnitOfMeasure>
{
    public void Configure(EntityTypeBuilder<UnitOfMeasure> builder)
    {
        builder.ToTable("units_of_measure");
        builder.HasKey(unit => unit.Code);
        builder.Property(unit => unit.Code).HasMaxLength(3);
        builder.Property(unit => unit.Name).HasMaxLength(100);
        builder.Property(unit => unit.Symbol).HasMaxLength(20);
    }
}
