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
        builder.Ignore(supplier => supplier.Identity);
        builder.Property(supplier => supplier.RegistrationNumber).HasMaxLength(SupplierIdentifiers.MaxRegistrationNumberLength);
        builder.Property(supplier => supplier.TaxIdentifier).HasMaxLength(SupplierIdentifiers.MaxTaxIdentifierLength);
        builder.Property(supplier => supplier.Website).HasMaxLength(SupplierIdentifiers.MaxWebsiteLength);
        builder.OwnsOne(supplier => supplier.Address, address =>
        {
            address.Property(a => a.Line1).HasMaxLength(PostalAddress.MaxLineLength).HasColumnName("address_line1");
            address.Property(a => a.Line2).HasMaxLength(PostalAddress.MaxLineLength).HasColumnName("address_line2");
            address.Property(a => a.Town).HasMaxLength(100).HasColumnName("address_town");
            address.Property(a => a.Postcode).HasMaxLength(PostalAddress.MaxPostcodeLength).HasColumnName("address_postcode");
        });
        builder.OwnsOne(supplier => supplier.PendingIdentityChange, change =>
        {
            change.Property(c => c.LegalName).HasMaxLength(300).HasColumnName("pending_legal_name");
            change.Property(c => c.RegistrationNumber).HasMaxLength(SupplierIdentifiers.MaxRegistrationNumberLength).HasColumnName("pending_registration_number");
            change.Property(c => c.TaxIdentifier).HasMaxLength(SupplierIdentifiers.MaxTaxIdentifierLength).HasColumnName("pending_tax_identifier");
            change.Property(c => c.Country).HasMaxLength(2).HasColumnName("pending_country");
            change.Property(c => c.RequestedBy).HasColumnName("pending_requested_by");
            change.Property(c => c.RequestedAt).HasColumnName("pending_requested_at");
            change.Ignore(c => c.Identity);
        });
        builder.OwnsMany(supplier => supplier.Contacts, contact =>
        {
            contact.ToTable("supplier_contacts");
            contact.WithOwner().HasForeignKey("supplier_id");
            contact.Property<int>("id");
            contact.HasKey("id");
            contact.Property(c => c.Name).HasMaxLength(SupplierContact.MaxTextLength);
            contact.Property(c => c.Role).HasMaxLength(SupplierContact.MaxTextLength);
            contact.Property(c => c.Email).HasMaxLength(254);
            contact.Property(c => c.Phone).HasMaxLength(40);
        });
        builder.Navigation(supplier => supplier.Contacts).HasField("_contacts").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(supplier => supplier.Certificates).WithOne().HasForeignKey("supplier_id").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(supplier => supplier.Certificates).HasField("_certificates").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property<uint>("xmin").IsRowVersion();
    }
}

internal sealed class SupplierCertificateConfiguration : IEntityTypeConfiguration<SupplierCertificate>
{
    public void Configure(EntityTypeBuilder<SupplierCertificate> builder)
    {
        builder.ToTable("supplier_certificates");
        builder.HasKey(certificate => certificate.Id);
        builder.Property(certificate => certificate.Id).ValueGeneratedNever();
        builder.Property(certificate => certificate.Name).HasMaxLength(SupplierCertificate.MaxTextLength);
        builder.Property(certificate => certificate.Issuer).HasMaxLength(SupplierCertificate.MaxTextLength);
        builder.Property(certificate => certificate.FileName).HasMaxLength(120);
        builder.Property(certificate => certificate.ContentType).HasMaxLength(40);
        builder.Property(certificate => certificate.Sha256).HasMaxLength(64).IsFixedLength();
    }
}

internal sealed class SupplierCertificateFileConfiguration : IEntityTypeConfiguration<SupplierCertificateFile>
{
    public void Configure(EntityTypeBuilder<SupplierCertificateFile> builder)
    {
        builder.ToTable("supplier_certificate_files");
        builder.HasKey(file => file.CertificateId);
        builder.HasOne<SupplierCertificate>().WithOne().HasForeignKey<SupplierCertificateFile>(file => file.CertificateId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SupplierDecisionConfiguration : IEntityTypeConfiguration<SupplierDecision>
{
    public void Configure(EntityTypeBuilder<SupplierDecision> builder)
    {
        builder.HasKey(decision => decision.Id);
        builder.Property(decision => decision.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(decision => decision.Reason).HasMaxLength(2000);
        builder.HasOne<Supplier>().WithMany().HasForeignKey(decision => decision.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(decision => new { decision.SupplierId, decision.DecidedAt });
    }
}
