using Procurement.Application.Catalog.Ports;
using Procurement.Domain;
using Procurement.Domain.Catalog;

namespace Procurement.Application.Catalog;

/// <summary>A verified supplier lists a new item, as a draft or active at once.</summary>
public sealed record CreateCatalogItem(CatalogActor Actor, CatalogItemDetails Details, bool Activate);

/// <summary>A supplier changes one of its items.</summary>
public sealed record UpdateCatalogItem(CatalogActor Actor, Guid ItemId, CatalogItemDetails Details);

/// <summary>
/// Checks an item (shape in the domain; CPV code and unit against the reference data; SKU unique for the supplier)
/// and saves it with its audited event. Only a verified supplier may list or change items.
/// </summary>
public sealed class SaveCatalogItemHandler(ICatalogRepository catalog, TimeProvider clock)
{
    public async Task<CatalogChange> HandleAsync(CreateCatalogItem command, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(command.Actor, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var errors = await ProblemsAsync(command.Actor.SupplierId!.Value, command.Details, null, cancellationToken);
        if (errors.Count > 0)
        {
            return CatalogChange.Refused(Guid.Empty, errors);
        }

        var (item, created) = CatalogItem.Create(command.Actor.SupplierId.Value, command.Details, command.Activate, command.Actor.UserId, clock.GetUtcNow());
        catalog.Add(item);
        catalog.Record(created);
        await catalog.SaveAsync(cancellationToken);
        return CatalogChange.Done(item.Id);
    }

    public async Task<CatalogChange> HandleAsync(UpdateCatalogItem command, CancellationToken cancellationToken)
    {
        var (item, refusal) = await SaveCatalogItemHandler.OwnItemAsync(catalog, command.Actor, command.ItemId, cancellationToken);
        if (item is null)
        {
            return refusal ?? CatalogChange.NotFound();
        }

        var errors = await ProblemsAsync(item.SupplierId, command.Details, item.Id, cancellationToken);
        if (errors.Count > 0)
        {
            return CatalogChange.Refused(item.Id, errors);
        }

        catalog.Record(item.Edit(command.Details, command.Actor.UserId, clock.GetUtcNow()));
        await catalog.SaveAsync(cancellationToken);
        return CatalogChange.Done(item.Id);
    }

    /// <summary>Null when the actor's supplier is verified; otherwise why not.</summary>
    /// <summary>The supplier's own item, tracked, or why the actor cannot change it (not a verified supplier, or not its item).</summary>
    internal static async Task<(CatalogItem? Item, CatalogChange? Refusal)> OwnItemAsync(ICatalogRepository catalog, CatalogActor actor, Guid itemId, CancellationToken cancellationToken)
    {
        if (await SupplierRefusalAsync(catalog, actor, cancellationToken) is { } refusal)
        {
            return (null, refusal);
        }

        var item = await catalog.FindItemAsync(itemId, cancellationToken);
        return item is null || item.SupplierId != actor.SupplierId ? (null, CatalogChange.NotFound()) : (item, null);
    }

    internal static async Task<CatalogChange?> SupplierRefusalAsync(ICatalogRepository catalog, CatalogActor actor, CancellationToken cancellationToken)
    {
        if (actor.SupplierId is not { } supplierId || await catalog.SupplierAsync(supplierId, cancellationToken) is not { } supplier)
        {
            return CatalogChange.NotFound();
        }

        return supplier.IsVerified
            ? null
            : CatalogChange.Refused(Guid.Empty, "Only a verified supplier can list catalog items. Complete My company and submit it for verification first.");
    }

    private Task<CatalogChange?> RefusalAsync(CatalogActor actor, CancellationToken cancellationToken) => SupplierRefusalAsync(catalog, actor, cancellationToken);

    private async Task<List<FieldError>> ProblemsAsync(Guid supplierId, CatalogItemDetails details, Guid? itemId, CancellationToken cancellationToken)
    {
        var errors = details.Problems().Select(p => new FieldError(p.Field, p.Message)).ToList();
        if (errors.Count > 0)
        {
            return errors;
        }

        var cpv = details.CpvCode!.Trim();
        var unit = details.UnitCode!.Trim().ToUpperInvariant();
        if ((await catalog.UnknownCpvCodesAsync([cpv], cancellationToken)).Count > 0)
        {
            errors.Add(new FieldError(nameof(CatalogItemDetails.CpvCode), $"{cpv} is not in the CPV 2008 vocabulary; check the digits and the check digit after the hyphen."));
        }

        if ((await catalog.UnknownUnitCodesAsync([unit], cancellationToken)).Count > 0)
        {
            errors.Add(new FieldError(nameof(CatalogItemDetails.UnitCode), $"{unit} is not one of the units offered; choose one from the list."));
        }

        if (await catalog.SkuTakenAsync(supplierId, details.Sku!.Trim(), itemId, cancellationToken))
        {
            errors.Add(new FieldError(nameof(CatalogItemDetails.Sku), $"You already have an item with the SKU {details.Sku.Trim()}; SKUs are unique in your catalog."));
        }

        return errors;
    }
}

/// <summary>A supplier activates (offers) or withdraws one of its items.</summary>
public sealed record ChangeCatalogItemStatus(CatalogActor Actor, Guid ItemId, CatalogItemStatus To);

public sealed class ChangeCatalogItemStatusHandler(ICatalogRepository catalog, TimeProvider clock)
{
    public async Task<CatalogChange> HandleAsync(ChangeCatalogItemStatus command, CancellationToken cancellationToken)
    {
        var (item, refusal) = await SaveCatalogItemHandler.OwnItemAsync(catalog, command.Actor, command.ItemId, cancellationToken);
        if (item is null)
        {
            return refusal ?? CatalogChange.NotFound();
        }

        try
        {
            catalog.Record(command.To switch
            {
                CatalogItemStatus.Active => item.Activate(command.Actor.UserId, clock.GetUtcNow()),
                CatalogItemStatus.Withdrawn => item.Withdraw(command.Actor.UserId, clock.GetUtcNow()),
                _ => throw new DomainRuleException("An item cannot go back to draft."),
            });
        }
        catch (DomainRuleException refused)
        {
            return CatalogChange.Refused(item.Id, refused.Message);
        }

        await catalog.SaveAsync(cancellationToken);
        return CatalogChange.Done(item.Id);
    }
}
