using Procurement.Application.Catalog.Ports;
using Procurement.Domain;
using Procurement.Domain.Catalog;

namespace Procurement.Application.Catalog;

/// <summary>An officer makes a framework agreement for its own agency with a verified supplier.</summary>
public sealed record CreateFrameworkAgreement(
    CatalogActor Actor, Guid? SupplierId, string? Reference, string? Title, DateOnly? ValidFrom, DateOnly? ValidTo, string? Currency);

/// <summary>An officer approves one of the framework supplier's active items with a price ceiling (or changes the ceiling).</summary>
public sealed record ApproveFrameworkItem(CatalogActor Actor, Guid FrameworkId, Guid ItemId, decimal? Ceiling);

public sealed record RemoveFrameworkItem(CatalogActor Actor, Guid FrameworkId, Guid ItemId);

/// <summary>Framework agreements: made, filled and trimmed by the officers of the agency that owns them, every change audited.</summary>
public sealed class ManageFrameworkAgreementsHandler(ICatalogRepository catalog, TimeProvider clock)
{
    public async Task<CatalogChange> HandleAsync(CreateFrameworkAgreement command, CancellationToken cancellationToken)
    {
        if (command.Actor.AgencyId is not { } agencyId)
        {
            return CatalogChange.NotFound();
        }

        var errors = FrameworkAgreement.Problems(command.Reference, command.Title, command.ValidFrom, command.ValidTo, command.Currency)
            .Select(p => new FieldError(p.Field, p.Message)).ToList();
        if (command.SupplierId is not { } supplierId || await catalog.SupplierAsync(supplierId, cancellationToken) is not { IsVerified: true })
        {
            errors.Add(new FieldError("SupplierId", "Choose a verified supplier."));
        }

        if (errors.Count == 0 && await catalog.FrameworkReferenceTakenAsync(agencyId, command.Reference!.Trim(), cancellationToken))
        {
            errors.Add(new FieldError("Reference", $"Your agency already has a framework with the reference {command.Reference.Trim()}."));
        }

        if (errors.Count > 0)
        {
            return CatalogChange.Refused(Guid.Empty, errors);
        }

        var (framework, created) = FrameworkAgreement.Create(agencyId, command.SupplierId!.Value, command.Reference, command.Title,
            command.ValidFrom, command.ValidTo, command.Currency, command.Actor.UserId, clock.GetUtcNow());
        catalog.Add(framework);
        catalog.Record(created);
        await catalog.SaveAsync(cancellationToken);
        return CatalogChange.Done(framework.Id);
    }

    public async Task<CatalogChange> HandleAsync(ApproveFrameworkItem command, CancellationToken cancellationToken)
    {
        var framework = await FindOwnAsync(command.Actor, command.FrameworkId, cancellationToken);
        if (framework is null)
        {
            return CatalogChange.NotFound();
        }

        var item = await catalog.FindItemAsync(command.ItemId, cancellationToken);
        if (item is null || item.SupplierId != framework.SupplierId)
        {
            return CatalogChange.Refused(framework.Id, [new FieldError("ItemId", "Choose one of the framework supplier's active items.")]);
        }

        if (command.Ceiling is not { } ceiling || !Money.IsAmount(ceiling) || ceiling <= 0)
        {
            return CatalogChange.Refused(framework.Id, [new FieldError("Ceiling", "Give the price ceiling per unit: more than 0, with at most two decimals.")]);
        }

        try
        {
            catalog.Record(framework.ApproveItem(item, new Money(ceiling, framework.Currency), command.Actor.UserId, clock.GetUtcNow()));
        }
        catch (DomainRuleException refused)
        {
            return CatalogChange.Refused(framework.Id, [new FieldError("ItemId", refused.Message)]);
        }

        await catalog.SaveAsync(cancellationToken);
        return CatalogChange.Done(framework.Id);
    }

    public async Task<CatalogChange> HandleAsync(RemoveFrameworkItem command, CancellationToken cancellationToken)
    {
        var framework = await FindOwnAsync(command.Actor, command.FrameworkId, cancellationToken);
        if (framework is null)
        {
            return CatalogChange.NotFound();
        }

        try
        {
            catalog.Record(framework.RemoveItem(command.ItemId, command.Actor.UserId, clock.GetUtcNow()));
        }
        catch (DomainRuleException refused)
        {
            return CatalogChange.Refused(framework.Id, refused.Message);
        }

        await catalog.SaveAsync(cancellationToken);
        return CatalogChange.Done(framework.Id);
    }

    private async Task<FrameworkAgreement?> FindOwnAsync(CatalogActor actor, Guid frameworkId, CancellationToken cancellationToken)
    {
        var framework = await catalog.FindFrameworkAsync(frameworkId, cancellationToken);
        return framework is not null && actor.AgencyId == framework.AgencyId ? framework : null;
    }
}
