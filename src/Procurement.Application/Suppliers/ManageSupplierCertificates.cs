using Procurement.Application.Suppliers.Ports;
using Procurement.Domain;
using Procurement.Domain.Suppliers;

namespace Procurement.Application.Suppliers;

/// <param name="Content">The file as uploaded; its type is read from its first bytes, never from its name.</param>
public sealed record UploadSupplierCertificate(
    Guid SupplierId, Guid UserId, string? Name, string? Issuer, DateOnly? ExpiresOn, string FileName, byte[] Content);

public sealed record DeleteSupplierCertificate(Guid SupplierId, Guid UserId, Guid CertificateId);

/// <summary>
/// Adds and deletes a supplier's certificates. The description goes on the supplier, the file in its own row; both,
/// with the decision recording the change of a verified supplier, are saved in one transaction.
/// </summary>
public sealed class ManageSupplierCertificatesHandler(ISupplierRegistry registry, TimeProvider clock)
{
    public async Task<IReadOnlyList<FieldError>> HandleAsync(UploadSupplierCertificate command, CancellationToken cancellationToken)
    {
        var supplier = await registry.FindAsync(command.SupplierId, cancellationToken)
            ?? throw new InvalidOperationException($"No supplier {command.SupplierId}.");
        var now = clock.GetUtcNow();
        var problems = SupplierCertificate.Problems(command.Name ?? "", command.Issuer ?? "", command.ExpiresOn, command.Content, DateOnly.FromDateTime(now.UtcDateTime));
        if (problems.Count > 0)
        {
            return problems.Select(p => new FieldError(p.Part, p.Message)).ToList();
        }

        try
        {
            var certificate = SupplierCertificate.Describe(command.Name!, command.Issuer!, command.ExpiresOn, command.FileName, command.Content, now);
            foreach (var decision in supplier.AddCertificate(certificate, command.UserId, now))
            {
                registry.Record(decision);
            }

            registry.StoreCertificateFile(certificate.Id, command.Content);
        }
        catch (DomainRuleException refused)
        {
            return [new(string.Empty, refused.Message)];
        }

        await registry.SaveAsync(cancellationToken);
        return [];
    }

    public async Task<IReadOnlyList<FieldError>> HandleAsync(DeleteSupplierCertificate command, CancellationToken cancellationToken)
    {
        var supplier = await registry.FindAsync(command.SupplierId, cancellationToken)
            ?? throw new InvalidOperationException($"No supplier {command.SupplierId}.");
        try
        {
            foreach (var decision in supplier.RemoveCertificate(command.CertificateId, command.UserId, clock.GetUtcNow()))
            {
                registry.Record(decision);
            }
        }
        catch (DomainRuleException refused)
        {
            return [new(string.Empty, refused.Message)];
        }

        await registry.SaveAsync(cancellationToken);
        return [];
    }
}
