using Procurement.Application.Suppliers.Ports;
using Procurement.Domain;

namespace Procurement.Application.Suppliers;

public sealed record SubmitSupplierForVerification(Guid SupplierId, Guid UserId);

/// <summary>The last step of registration: the company asks an officer to check its details.</summary>
public sealed class SubmitSupplierForVerificationHandler(ISupplierRegistry registry, TimeProvider clock)
{
    public async Task<IReadOnlyList<FieldError>> HandleAsync(SubmitSupplierForVerification command, CancellationToken cancellationToken)
    {
        var supplier = await registry.FindAsync(command.SupplierId, cancellationToken)
            ?? throw new InvalidOperationException($"No supplier {command.SupplierId}.");
        try
        {
            registry.Record(supplier.SubmitForVerification(command.UserId, clock.GetUtcNow()));
        }
        catch (DomainRuleException refused)
        {
            return [new(string.Empty, refused.Message)];
        }

        await registry.SaveAsync(cancellationToken);
        return [];
    }
}
