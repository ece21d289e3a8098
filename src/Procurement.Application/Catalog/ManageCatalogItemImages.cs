using Procurement.Application.Catalog.Ports;
using Procurement.Domain;

namespace Procurement.Application.Catalog;

public sealed record AddCatalogItemImage(CatalogActor Actor, Guid ItemId, string? FileName, byte[] Content);

public sealed record RemoveCatalogItemImage(CatalogActor Actor, Guid ItemId, Guid ImageId);

/// <summary>Adds a picture to an item (checked by size and by content: PNG, JPEG or WebP) or removes one; each is audited.</summary>
public sealed class ManageCatalogItemImagesHandler(ICatalogRepository catalog, TimeProvider clock)
{
    public async Task<CatalogChange> HandleAsync(AddCatalogItemImage command, CancellationToken cancellationToken)
    {
        var (item, refusal) = await SaveCatalogItemHandler.OwnItemAsync(catalog, command.Actor, command.ItemId, cancellationToken);
        if (item is null)
        {
            return refusal ?? CatalogChange.NotFound();
        }

        try
        {
            var (image, added) = item.AddImage(command.FileName, command.Content, command.Actor.UserId, clock.GetUtcNow());
            catalog.StoreImageFile(image.Id, command.Content);
            catalog.Record(added);
        }
        catch (DomainRuleException refused)
        {
            return CatalogChange.Refused(item.Id, [new FieldError("Image", refused.Message)]);
        }

        await catalog.SaveAsync(cancellationToken);
        return CatalogChange.Done(item.Id);
    }

    public async Task<CatalogChange> HandleAsync(RemoveCatalogItemImage command, CancellationToken cancellationToken)
    {
        var (item, refusal) = await SaveCatalogItemHandler.OwnItemAsync(catalog, command.Actor, command.ItemId, cancellationToken);
        if (item is null)
        {
            return refusal ?? CatalogChange.NotFound();
        }

        try
        {
            catalog.Record(item.RemoveImage(command.ImageId, command.Actor.UserId, clock.GetUtcNow()));
            catalog.DeleteImageFile(command.ImageId);
        }
        catch (DomainRuleException refused)
        {
            return CatalogChange.Refused(item.Id, refused.Message);
        }

        await catalog.SaveAsync(cancellationToken);
        return CatalogChange.Done(item.Id);
    }
}
