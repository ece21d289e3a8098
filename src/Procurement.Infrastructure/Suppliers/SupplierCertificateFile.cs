namespace Procurement.Infrastructure.Suppliers;

/// <summary>
/// The bytes of a certificate, in their own table (<c>supplier_certificate_files</c>) so that loading suppliers and
/// their certificates' descriptions never reads them; deleted with the certificate.
/// </summary>
internal sealed class SupplierCertificateFile(Guid certificateId, byte[] content)
{
    public Guid CertificateId { get; private set; } = certificateId;
    public byte[] Content { get; private set; } = content;
}
