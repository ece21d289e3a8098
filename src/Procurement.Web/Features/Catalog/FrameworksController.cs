using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Application.Catalog;
using Procurement.Application.Catalog.Ports;
using Procurement.Domain.Catalog;
using Procurement.Domain.Identity;
using Procurement.Web.Features.Identity;

namespace Procurement.Web.Features.Catalog;

/// <summary>
/// Officers' framework agreements under <c>/frameworks</c>: their agency's frameworks, making one with a verified
/// supplier, approving that supplier's active items with a price ceiling, removing items. Another agency's answer 404.
/// </summary>
[Authorize(Roles = Roles.Officer)]
[Route("frameworks")]
public sealed class FrameworksController(ICatalogReader reader, TimeProvider clock) : Controller
{
    private Guid AgencyId => User.AgencyId() ?? Guid.Empty;

    private CatalogActor Actor => new(User.UserId(), null, User.AgencyId());

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View("Frameworks", new FrameworksPage(await reader.AgencyFrameworksAsync(AgencyId, cancellationToken), CatalogOrderability.DayOf(clock.GetUtcNow())));

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) => await NewViewAsync(new FrameworkForm(), cancellationToken);

    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] FrameworkForm form, [FromServices] ManageFrameworkAgreementsHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(
            new CreateFrameworkAgreement(Actor, form.SupplierId, form.Reference, form.Title, form.ValidFrom, form.ValidTo, form.Currency), cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.Clear();
            ModelState.AddFieldErrors(result.Errors.Select(e => e.Field.Length == 0 ? e : e with { Field = $"Form.{e.Field}" }));
            return await NewViewAsync(form, cancellationToken);
        }

        TempData["Message"] = "The framework was created. Approve the supplier's items into it, each with a price ceiling.";
        return Redirect($"/frameworks/{result.Id}");
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken)
    {
        var framework = await reader.FrameworkAsync(AgencyId, id, cancellationToken);
        return framework is null ? NotFound() : View("Framework", new FrameworkPage(framework, CatalogOrderability.DayOf(clock.GetUtcNow())));
    }

    [HttpPost("{id:guid}/items")]
    public async Task<IActionResult> Approve(Guid id, Guid itemId, decimal? ceiling, [FromServices] ManageFrameworkAgreementsHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(new ApproveFrameworkItem(Actor, id, itemId, ceiling), cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.AddFieldErrors(result.Errors.Select(e => e with { Field = e.Field == "Ceiling" ? "ceiling" : e.Field == "ItemId" ? "itemId" : e.Field }));
            return View("Framework", new FrameworkPage((await reader.FrameworkAsync(AgencyId, id, cancellationToken))!, CatalogOrderability.DayOf(clock.GetUtcNow())));
        }

        TempData["Message"] = "The item was approved with its ceiling.";
        return Redirect($"/frameworks/{id}");
    }

    [HttpPost("{id:guid}/items/{itemId:guid}/remove")]
    public async Task<IActionResult> Remove(Guid id, Guid itemId, [FromServices] ManageFrameworkAgreementsHandler handler, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(new RemoveFrameworkItem(Actor, id, itemId), cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }

        TempData["Message"] = result.Succeeded ? "The item was removed from the framework: it can no longer be ordered under it." : result.Errors[0].Message;
        return Redirect($"/frameworks/{id}");
    }

    private async Task<IActionResult> NewViewAsync(FrameworkForm form, CancellationToken cancellationToken) =>
        View("NewFramework", new NewFrameworkPage(form, await reader.VerifiedSuppliersAsync(cancellationToken)));
}

public sealed class FrameworkForm
{
    [Display(Name = "Reference")]
    public string? Reference { get; set; }

    [Display(Name = "Title")]
    public string? Title { get; set; }

    [Display(Name = "Supplier")]
    public Guid? SupplierId { get; set; }

    [Display(Name = "First day in force")]
    public DateOnly? ValidFrom { get; set; }

    [Display(Name = "Last day in force")]
    public DateOnly? ValidTo { get; set; }

    [Display(Name = "Currency of the ceilings")]
    public string? Currency { get; set; } = "GBP";
}

public sealed record FrameworksPage(IReadOnlyList<FrameworkSummary> Frameworks, DateOnly Today);

public sealed record FrameworkPage(FrameworkView View, DateOnly Today);

public sealed record NewFrameworkPage(FrameworkForm Form, IReadOnlyList<(Guid Id, string Name)> Suppliers);
