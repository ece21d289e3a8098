using Procurement.Application.Suppliers.Ports;
using Procurement.Domain;
using Procurement.Domain.Reference;

namespace Procurement.Application.Suppliers;

/// <param name="CpvPrefixes">Prefixes separated by commas, spaces or new lines, as typed.</param>
public sealed record ChangeTenderAlerts(Guid SupplierId, string CpvPrefixes);

public sealed class ChangeTenderAlertsHandler(ISupplierRegistry registry)
{
    public async Task<IReadOnlyList<FieldError>> HandleAsync(ChangeTenderAlerts command, CancellationToken cancellationToken)
    {
        var supplier = await registry.FindAsync(command.SupplierId, cancellationToken)
            ?? throw new InvalidOperationException($"No supplier {command.SupplierId}.");
        try
        {
            supplier.SubscribeTo(CpvCode.SplitList(command.CpvPrefixes));
        }
        catch (DomainRuleException refused)
        {
            return [new(nameof(command.CpvPrefixes), refused.Message)];
        }

        await registry.SaveAsync(cancellationToken);
        return [];
    }
}
