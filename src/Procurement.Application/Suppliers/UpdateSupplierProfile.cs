using Procurement.Application.Suppliers.Ports;
using Procurement.Domain;
using Procurement.Domain.Reference;
using Procurement.Domain.Suppliers;

namespace Procurement.Application.Suppliers;

/// <summary>A supplier's own details; with <paramref name="Submit"/>, also the request to have them verified.</summary>
/// <param name="CpvCodes">CPV codes separated by commas, spaces or new lines, as typed or pasted.</param>
public sealed record UpdateSupplierProfile(
    Guid SupplierId, Guid UserId, string? TradingName, string Country, string Region, string Size, string Description, string CpvCodes, bool Submit);

public sealed class UpdateSupplierProfileHandler(ISupplierRegistry registry, TimeProvider clock)
{
    public async Task<IReadOnlyList<FieldError>> HandleAsync(UpdateSupplierProfile command, CancellationToken cancellationToken)
    {
        var supplier = await registry.FindAsync(command.SupplierId, cancellationToken)
            ?? throw new InvalidOperationException($"No supplier {command.SupplierId}.");
        if (!supplier.MayEditDetails)
        {
            return [new(string.Empty, "Your details cannot be changed while they are being checked or once they are verified.")];
        }

        var errors = new List<FieldError>();
        if (!Enum.TryParse<SupplierSize>(command.Size, ignoreCase: true, out var size))
        {
            errors.Add(new(nameof(command.Size), "Choose the size of the company."));
        }

        var codes = CpvCode.SplitList(command.CpvCodes);
        var malformed = codes.Where(code => !CpvCode.IsWellFormed(code)).ToList();
        var unknown = await registry.UnknownCpvCodesAsync(codes.Except(malformed).ToList(), cancellationToken);
        if (malformed.Count > 0 || unknown.Count > 0)
        {
            errors.Add(new(nameof(command.CpvCodes), $"These are not CPV 2008 codes: {string.Join(", ", malformed.Concat(unknown))}. A code looks like 45233120-6."));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        try
        {
            supplier.SetProfile(command.Country, command.Region, size, command.Description, command.TradingName);
            supplier.SetCategories(codes);
            if (command.Submit)
            {
                registry.Record(supplier.SubmitForVerification(command.UserId, clock.GetUtcNow()));
            }
        }
        catch (DomainRuleException refused)
        {
            return [new(command.Submit ? string.Empty : nameof(command.Country), refused.Message)];
        }

        await registry.SaveAsync(cancellationToken);
        return [];
    }
}
