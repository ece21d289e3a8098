using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Procurement.Domain.Agencies;
using Procurement.Domain.Catalog;
using Procurement.Domain.Reference;
using Procurement.Domain.Suppliers;

namespace Procurement.Infrastructure.Catalog;

internal sealed class CatalogItemConfiguration : IEntityTypeConfiguration<CatalogItem>
{
    public void Configure(EntityTypeBuilder<CatalogItem> builder)
    {
        builder.ToTable("catalog_items");
        builder.HasKey(item => item.Id);
        builder.Property(item => item.Id).ValueGeneratedNever();
        builder.HasOne<Supplier>().WithMany().HasForeignKey(item => item.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CpvCode>().WithMany().HasForeignKey(item => item.CpvCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<UnitOfMeasure>().WithMany().HasForeignKey(item => item.UnitCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(item => new { item.SupplierId, item.Sku }).IsUnique();
        builder.HasIndex(item => new { item.SupplierId, item.Status });
        builder.Property(item => item.Sku).HasMaxLength(CatalogItemDetails.MaxSkuLength);
        builder.Property(item => item.Name).HasMaxLength(CatalogItemDetails.MaxNameLength);
        builder.Property(item => item.Description).HasMaxLength(CatalogItemDetails.MaxDescriptionLength);
        builder.Property(item => item.CpvCode).HasMaxLength(10);
        builder.Property(item => item.UnitCode).HasMaxLength(3);
        builder.Property(item => item.UnitPriceAmount).HasColumnName("unit_price").HasPrecision(18, 2);
        builder.Property(item => item.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(item => item.MinimumOrderQuantity).HasPrecision(18, 3);
        builder.Property(item => item.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property<uint>("xmin").IsRowVersion();
        builder.Ignore(item => item.UnitPrice);
        builder.Ignore(item => item.Details);
        builder.OwnsMany(item => item.Images, image =>
        {
            image.ToTable("catalog_item_images");
            image.WithOwner().HasForeignKey("catalog_item_id");
            image.HasKey(i => i.Id);
            image.Property(i => i.Id).ValueGeneratedNever();
            image.Property(i => i.FileName).HasMaxLength(200);
            image.Property(i => i.ContentType).HasMaxLength(100);
            image.Property(i => i.Sha256).HasMaxLength(64);
        });
        builder.Navigation(item => item.Images).HasField("_images").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

/// <summary>A catalog picture's bytes, apart so that reading items never loads the files.</summary>
internal sealed class CatalogItemImageFile(Guid imageId, byte[] content)
{
    public Guid ImageId { get; private set; } = imageId;
    public byte[] Content { get; private set; } = content;
}

internal sealed class CatalogItemImageFileConfiguration : IEntityTypeConfiguration<CatalogItemImageFile>
{
    public void Configure(EntityTypeBuilder<CatalogItemImageFile> builder)
    {
        builder.ToTable("catalog_item_image_files");
        builder.HasKey(file => file.ImageId);
    }
}

internal sealed class FrameworkAgreementConfiguration : IEntityTypeConfiguration<FrameworkAgreement>
{
    public void Configure(EntityTypeBuilder<FrameworkAgreement> builder)
    {
        builder.ToTable("framework_agreements");
        builder.HasKey(framework => framework.Id);
        builder.Property(framework => framework.Id).ValueGeneratedNever();
        builder.HasOne<Agency>().WithMany().HasForeignKey(framework => framework.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Supplier>().WithMany().HasForeignKey(framework => framework.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(framework => new { framework.AgencyId, framework.Reference }).IsUnique();
        builder.HasIndex(framework => new { framework.AgencyId, framework.ValidFrom, framework.ValidTo });
        builder.Property(framework => framework.Reference).HasMaxLength(FrameworkAgreement.MaxReferenceLength);
        builder.Property(framework => framework.Title).HasMaxLength(FrameworkAgreement.MaxTitleLength);
        builder.Property(framework => framework.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property<uint>("xmin").IsRowVersion();
        builder.OwnsMany(framework => framework.Items, item =>
        {
            item.ToTable("framework_items");
            item.WithOwner().HasForeignKey("framework_agreement_id");
            item.HasKey("framework_agreement_id", nameof(FrameworkItem.ItemId));
            item.HasOne<CatalogItem>().WithMany().HasForeignKey(i => i.ItemId).OnDelete(DeleteBehavior.Restrict);
            item.HasIndex(i => i.ItemId);
            item.Property(i => i.CeilingAmount).HasColumnName("ceiling").HasPrecision(18, 2);
            item.Property(i => i.CeilingCurrency).HasColumnName("ceiling_currency").HasMaxLength(3).IsFixedLength();
            item.Ignore(i => i.Ceiling);
        });
        builder.Navigation(framework => framework.Items).HasField("_items").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CatalogEventConfiguration : IEntityTypeConfiguration<CatalogEvent>
{
    public void Configure(EntityTypeBuilder<CatalogEvent> builder)
    {
        builder.ToTable("catalog_events");
        builder.HasKey(catalogEvent => catalogEvent.Id);
        builder.Property(catalogEvent => catalogEvent.Id).ValueGeneratedNever();
        builder.HasIndex(catalogEvent => new { catalogEvent.SubjectId, catalogEvent.At });
        builder.Property(catalogEvent => catalogEvent.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(catalogEvent => catalogEvent.Detail).HasMaxLength(CatalogEvent.MaxDetailLength);
    }
}

internal sealed class CatalogImportConfiguration : IEntityTypeConfiguration<CatalogImport>
{
    public void Configure(EntityTypeBuilder<CatalogImport> builder)
    {
        builder.ToTable("catalog_imports");
        builder.HasKey(import => import.Id);
        builder.Property(import => import.Id).ValueGeneratedNever();
        builder.HasOne<Supplier>().WithMany().HasForeignKey(import => import.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(import => new { import.Status, import.RequestedAt });
        builder.HasIndex(import => new { import.SupplierId, import.RequestedAt });
        builder.Property(import => import.FileName).HasMaxLength(200);
        builder.Property(import => import.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(import => import.FailureReason).HasMaxLength(2000);
        builder.Ignore(import => import.IsFinished);
        builder.OwnsMany(import => import.Errors, error => error.ToJson("errors"));
        builder.Navigation(import => import.Errors).HasField("_errors").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

/// <summary>The uploaded CSV of an import, kept until the import has run.</summary>
internal sealed class CatalogImportFile(Guid importId, byte[] content)
{
    public Guid ImportId { get; private set; } = importId;
    public byte[] Content { get; private set; } = content;
}

internal sealed class CatalogImportFileConfiguration : IEntityTypeConfiguration<CatalogImportFile>
{
    public void Configure(EntityTypeBuilder<CatalogImportFile> builder)
    {
        builder.ToTable("catalog_import_files");
        builder.HasKey(file => file.ImportId);
        builder.HasOne<CatalogImport>().WithOne().HasForeignKey<CatalogImportFile>(file => file.ImportId).OnDelete(DeleteBehavior.Cascade);
    }
}
