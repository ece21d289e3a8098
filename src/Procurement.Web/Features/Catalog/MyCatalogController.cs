using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Application;
using Procurement.Application.Catalog;
using Procurement.Application.Catalog.Ports;
using Procurement.Domain.Catalog;
using Procurement.Domain.Identity;
using Procurement.Web.Features.Identity;

namespace Procurement.Web.Features.Catalog;

/// <summary>
/// A supplier's own catalog under <c>/my-catalog</c>: its items, creating and editing them, pictures, activating and
/// withdrawing. Only a verified supplier may change anything; another supplier's item answers 404.
/// </summary>
[Authorize(Roles = Roles.Supplier)]
[Route("my-catalog")]
public sealed class MyCatalogController(ICatalogReader reader, ICatalogRepository catalog) : Controller
{
    private CatalogActor Actor => new(User.UserId(), User.SupplierId(), null);

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var supplierId = User.SupplierId() ?? Guid.Empty;
        var supplier = await catalog.SupplierAsync(supplierId, cancellationToken);
        return supplier is null ? NotFound() : View("MyCatalog", new MyCatalogPage(await reader.SupplierItemsAsync(supplierId, cancellationToken), supplier.IsVerified));
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) => await EditViewAsync(null, new CatalogItemForm(), cancellationToken);

    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] CatalogItemForm form, [FromServices] SaveCatalogItemHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(new CreateCatalogItem(Actor, form.ToDetails(), form.Activate), cancellationToken);
        return await AfterSaveAsync(result, null, form, "The item was added to your catalog.", cancellationToken);
    }

    [HttpGet("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken)
    {
        var item = await OwnItemAsync(id, cancellationToken);
        return item is null ? NotFound() : await EditViewAsync(item, CatalogItemForm.From(item), cancellationToken);
    }

    [HttpPost("{id:guid}/edit")]
    public async Task<IActionResult> Update(Guid id, [Bind(Prefix = "Form")] CatalogItemForm form, [FromServices] SaveCatalogItemHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(new UpdateCatalogItem(Actor, id, form.ToDetails()), cancellationToken);
        return await AfterSaveAsync(result, id, form, "The item was saved.", cancellationToken);
    }

    [HttpPost("{id:guid}/withdraw")]
    public Task<IActionResult> Withdraw(Guid id, [FromServices] ChangeCatalogItemStatusHandler handler, CancellationToken cancellationToken) =>
        ChangeStatusAsync(id, CatalogItemStatus.Withdrawn, handler, "The item was withdrawn: buyers can no longer order it.", cancellationToken);

    [HttpPost("{id:guid}/activate")]
    public Task<IActionResult> Activate(Guid id, [FromServices] ChangeCatalogItemStatusHandler handler, CancellationToken cancellationToken) =>
        ChangeStatusAsync(id, CatalogItemStatus.Active, handler, "The item is active: buyers with a framework listing it can order it.", cancellationToken);

    [HttpPost("{id:guid}/images")]
    [RequestSizeLimit(CatalogItemImage.MaxBytes + 64 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = CatalogItemImage.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> AddImage(Guid id, IFormFile? image, [FromServices] ManageCatalogItemImagesHandler handler, CancellationToken cancellationToken)
    {
        var content = await UploadReader.ReadAsync(image, CatalogItemImage.MaxBytes, cancellationToken);
        var result = await handler.HandleAsync(new AddCatalogItemImage(Actor, id, image?.FileName, content), cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }

        TempData["Message"] = result.Succeeded ? "The picture was added." : result.Errors[0].Message;
        return Redirect($"/my-catalog/{id}/edit");
    }

    [HttpPost("{id:guid}/images/{imageId:guid}/delete")]
    public async Task<IActionResult> RemoveImage(Guid id, Guid imageId, [FromServices] ManageCatalogItemImagesHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(new RemoveCatalogItemImage(Actor, id, imageId), cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }

        TempData["Message"] = result.Succeeded ? "The picture was removed." : result.Errors[0].Message;
        return Redirect($"/my-catalog/{id}/edit");
    }

    private async Task<IActionResult> ChangeStatusAsync(Guid id, CatalogItemStatus to, ChangeCatalogItemStatusHandler handler, string done, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(new ChangeCatalogItemStatus(Actor, id, to), cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }

        TempData["Message"] = result.Succeeded ? done : result.Errors[0].Message;
        return Redirect("/my-catalog");
    }

    private async Task<IActionResult> AfterSaveAsync(CatalogChange result, Guid? id, CatalogItemForm form, string done, CancellationToken cancellationToken)
    {
        if (!result.Found)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.Clear();
            ModelState.AddFieldErrors(result.Errors.Select(e => e.Field.Length == 0 ? e : e with { Field = $"Form.{e.Field}" }));
            return await EditViewAsync(id is null ? null : await OwnItemAsync(id.Value, cancellationToken), form, cancellationToken);
        }

        TempData["Message"] = done;
        return Redirect($"/my-catalog/{result.Id}/edit");
    }

    private async Task<IActionResult> EditViewAsync(CatalogItem? item, CatalogItemForm form, CancellationToken cancellationToken) =>
        View("Edit", new CatalogItemEditPage(item, form, await reader.UnitsAsync(cancellationToken)));

    private async Task<CatalogItem?> OwnItemAsync(Guid id, CancellationToken cancellationToken) =>
        await catalog.FindItemAsync(id, cancellationToken) is { } item && item.SupplierId == User.SupplierId() ? item : null;
}

internal static class UploadReader
{
    /// <summary>At most one byte more than allowed, so a larger file is refused without keeping it all.</summary>
    public static async Task<byte[]> ReadAsync(IFormFile? file, int maxBytes, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return [];
        }

        var buffer = new byte[Math.Min(file.Length, maxBytes + 1L)];
        await using var stream = file.OpenReadStream();
        await stream.ReadExactlyAsync(buffer, cancellationToken);
        return buffer;
    }
}
