using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Procurement.Application.Suppliers;
using Procurement.Application.Suppliers.Ports;
using Procurement.Domain.Identity;
using Procurement.Domain.Suppliers;
using Procurement.Web.Features.Identity;

namespace Procurement.Web.Features.Suppliers;

/// <summary>Step 6 of the wizard: the company's certificates, uploaded, listed, downloaded and deleted by the company itself.</summary>
[Authorize(Roles = Roles.Supplier)]
[Route("my-company/certificates")]
public sealed class CertificatesController(ISupplierRegistry registry) : Controller
{
    private Guid SupplierId => User.SupplierId() ?? Guid.Empty;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? error, CancellationToken cancellationToken)
    {
        if (await registry.FindAsync(SupplierId, cancellationToken) is not { } supplier)
        {
            return NotFound();
        }

        if (error == CertificateUploadLimits.TooLarge)
        {
            ModelState.AddModelError($"{nameof(CertificatesPage.Form)}.{nameof(CertificateForm.File)}", CertificateUploadLimits.TooLargeMessage);
        }

        return View("Certificates", new CertificatesPage(supplier, new CertificateForm()));
    }

    [HttpPost("")]
    [RefuseOversizedUpload]
    [RequestSizeLimit(CertificateUploadLimits.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = CertificateUploadLimits.MaxRequestBytes)]
    public async Task<IActionResult> Upload([Bind(Prefix = nameof(CertificatesPage.Form))] CertificateForm form, [FromServices] ManageSupplierCertificatesHandler handler, CancellationToken cancellationToken)
    {
        var content = await ReadAsync(form.File, cancellationToken);
        var errors = await handler.HandleAsync(
            new UploadSupplierCertificate(SupplierId, User.UserId(), form.Name, form.Issuer, form.ExpiresOn, form.File?.FileName ?? string.Empty, content),
            cancellationToken);
        if (errors.Count > 0)
        {
            ModelState.Clear();
            ModelState.AddFieldErrors(errors.Select(error => error.Field.Length == 0 ? error : error with { Field = $"{nameof(CertificatesPage.Form)}.{error.Field}" }));
            var supplier = await registry.FindAsync(SupplierId, cancellationToken);
            return supplier is null ? NotFound() : View("Certificates", new CertificatesPage(supplier, form with { File = null }));
        }

        TempData["Message"] = $"The certificate “{form.Name?.Trim()}” was uploaded.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{certificateId:guid}/delete")]
    public async Task<IActionResult> Delete(Guid certificateId, [FromServices] ManageSupplierCertificatesHandler handler, CancellationToken cancellationToken)
    {
        var errors = await handler.HandleAsync(new DeleteSupplierCertificate(SupplierId, User.UserId(), certificateId), cancellationToken);
        TempData["Message"] = errors.Count > 0 ? errors[0].Message : "The certificate was deleted.";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{certificateId:guid}")]
    public async Task<IActionResult> Download(Guid certificateId, CancellationToken cancellationToken) =>
        await registry.CertificateFileAsync(SupplierId, certificateId, cancellationToken) is { } file ? this.CertificateFile(file) : NotFound();

    /// <summary>At most one byte more than a certificate may have, so a larger file is refused without keeping it all.</summary>
    private static async Task<byte[]> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return [];
        }

        var buffer = new byte[Math.Min(file.Length, SupplierCertificate.MaxFileBytes + 1)];
        await using var stream = file.OpenReadStream();
        await stream.ReadExactlyAsync(buffer, cancellationToken);
        return buffer;
    }
}

public static class CertificateUploadLimits
{
    /// <summary>
    /// A request up to this size is read, so a file over the 5 MB limit is refused with the rest of the form kept; a
    /// larger request is refused before its body is read (see <see cref="RefuseOversizedUploadAttribute"/>).
    /// </summary>
    public const long MaxRequestBytes = 10 * 1024 * 1024;

    public const string TooLarge = "too-large";
    public const string TooLargeMessage = "The file is larger than 5 MB. Upload a smaller copy, for example a PDF saved for the web.";

    /// <summary>A stored certificate as a download: never shown inline, and never sniffed into another type.</summary>
    public static FileContentResult CertificateFile(this ControllerBase controller, CertificateDownload file)
    {
        controller.Response.Headers.XContentTypeOptions = "nosniff";
        return controller.File(file.Content, file.ContentType, file.FileName);
    }
}

/// <summary>
/// Sends an upload whose declared length is over <see cref="CertificateUploadLimits.MaxRequestBytes"/> back to the page
/// with a message, before anything (the antiforgery check included) reads the body; Kestrel would otherwise fail the
/// request part-way with a bare 413.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RefuseOversizedUploadAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    public int Order => int.MinValue;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        if (context.HttpContext.Request.ContentLength > CertificateUploadLimits.MaxRequestBytes)
        {
            context.HttpContext.Response.Headers.Connection = "close";
            context.Result = new RedirectResult($"{context.HttpContext.Request.Path}?error={CertificateUploadLimits.TooLarge}", permanent: false);
        }
    }
}
