using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Application.Catalog;
using Procurement.Application.Catalog.Ports;
using Procurement.Domain.Catalog;
using Procurement.Domain.Identity;
using Procurement.Web.Features.Identity;
using Procurement.Web.Features.Shared.Formats;

namespace Procurement.Web.Features.Catalog;

/// <summary>
/// Bulk import under <c>/my-catalog/import</c>: the CSV template, the upload (queued, run in the background), the
/// progress page and its JSON status, which the page polls (RFC 7807 problem details when the import is not found).
/// </summary>
[Authorize(Roles = Roles.Supplier)]
[Route("my-catalog/import")]
public sealed class CatalogImportController(ICatalogImports imports) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View("Import", new CatalogImportPage(null));

    [HttpGet("template.csv")]
    public async Task<IActionResult> Template()
    {
        var text = new StringWriter();
        var csv = new CsvWriter(text);
        await csv.WriteRowAsync([.. CatalogCsvTemplate.Header]);
        await csv.WriteRowAsync([.. CatalogCsvTemplate.ExampleRow]);
        return File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", "catalog-import-template.csv");
    }

    [HttpPost("")]
    [RequestSizeLimit(CatalogImport.MaxBytes + 64 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = CatalogImport.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Upload(IFormFile? file, [FromServices] QueueCatalogImportHandler handler, CancellationToken cancellationToken)
    {
        var content = await UploadReader.ReadAsync(file, CatalogImport.MaxBytes, cancellationToken);
        var result = await handler.HandleAsync(new QueueCatalogImport(new CatalogActor(User.UserId(), User.SupplierId(), null), file?.FileName, content), cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.AddFieldErrors(result.Errors.Select(e => e with { Field = e.Field.Length == 0 ? string.Empty : "file" }));
            return View("Import", new CatalogImportPage(null));
        }

        return Redirect($"/my-catalog/import/{result.Id}");
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken) =>
        await OwnImportAsync(id, cancellationToken) is null ? NotFound() : View("Import", new CatalogImportPage(id));

    /// <summary>The import's progress and, once finished, its outcome with every refused row.</summary>
    [HttpGet("{id:guid}/status")]
    public async Task<IActionResult> Status(Guid id, CancellationToken cancellationToken)
    {
        if (await OwnImportAsync(id, cancellationToken) is not { } import)
        {
            return Problem(statusCode: StatusCodes.Status404NotFound, title: "No such import", detail: $"There is no import {id} of your company.");
        }

        return Ok(new
        {
            id = import.Id,
            fileName = import.FileName,
            status = import.Status.ToString(),
            finished = import.IsFinished,
            totalRows = import.TotalRows,
            processedRows = import.ProcessedRows,
            created = import.CreatedCount,
            updated = import.UpdatedCount,
            invalidRows = import.InvalidRowCount,
            failureReason = import.FailureReason,
            errors = import.Errors.Select(e => new { row = e.Row, field = e.Field, message = e.Message }),
        });
    }

    private async Task<CatalogImport?> OwnImportAsync(Guid id, CancellationToken cancellationToken) =>
        await imports.FindAsync(id, cancellationToken) is { } import && import.SupplierId == User.SupplierId() ? import : null;
}
