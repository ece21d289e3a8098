using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Application.Bids.Ports;

namespace Procurement.Web.Features.Bids;

/// <summary>
/// Checks a bid receipt against the platform's public signing key, for anyone: a page to paste or upload a receipt,
/// the same as JSON at <c>POST /api/receipts/verify</c>, and the public key itself.
/// </summary>
[AllowAnonymous]
public sealed class ReceiptsController(IReceiptVerifier verifier, IReceiptSigner signer) : Controller
{
    private const int MaxReceiptLength = 64 * 1024;

    [HttpGet("/receipts/verify")]
    public IActionResult Verify() => View(new ReceiptCheckPage(signer.SigningKey, null, null));

    [HttpPost("/receipts/verify")]
    [RequestSizeLimit(MaxReceiptLength * 2)]
    public async Task<IActionResult> Verify(string? receipt, IFormFile? receiptFile)
    {
        var text = receipt;
        if (receiptFile is { Length: > 0 and <= MaxReceiptLength })
        {
            using var reader = new StreamReader(receiptFile.OpenReadStream());
            text = await reader.ReadToEndAsync();
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            ModelState.AddModelError("receipt", "Paste the receipt's text, or choose the receipt file you downloaded.");
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(new ReceiptCheckPage(signer.SigningKey, text, null));
        }

        return View(new ReceiptCheckPage(signer.SigningKey, text, verifier.Verify(text.Trim())));
    }

    /// <summary>The receipt is the request body (the downloaded file as it is). It changes nothing, so it needs no antiforgery token.</summary>
    [HttpPost("/api/receipts/verify")]
    [IgnoreAntiforgeryToken]
    [Consumes("application/json", "text/plain")]
    [RequestSizeLimit(MaxReceiptLength)]
    public async Task<IActionResult> VerifyApi()
    {
        using var reader = new StreamReader(Request.Body);
        var text = await reader.ReadToEndAsync(HttpContext.RequestAborted);
        if (string.IsNullOrWhiteSpace(text))
        {
            return Problem(statusCode: StatusCodes.Status400BadRequest, title: "No receipt was sent.", detail: "Send the receipt file you downloaded as the request body.");
        }

        var result = verifier.Verify(text.Trim());
        return Ok(new
        {
            valid = result.IsValid,
            problem = result.IsValid ? null : ReceiptCheckPage.Explain(result.Problem),
            signingKeyId = result.SigningKeyId,
            receipt = result.Receipt is { } r ? new
            {
                kind = r.Kind.ToString().ToLowerInvariant(),
                tenderReference = r.TenderReference,
                tenderId = r.TenderId,
                supplierId = r.SupplierId,
                bidId = r.BidId,
                bidVersion = r.BidVersion,
                receivedAt = r.ReceivedAt,
                parts = r.Parts.Select(p => new { name = p.Name, ciphertextSha256 = p.CiphertextSha256 }),
            } : null,
        });
    }

    [HttpGet("/receipts/signing-key.pem")]
    public IActionResult SigningKey() => Content(signer.SigningKey.PublicKeyPem, "application/x-pem-file");
}

public sealed record ReceiptCheckPage(PlatformSigningKey Key, string? Receipt, ReceiptVerification? Result)
{
    public static string Explain(ReceiptProblem problem) => problem switch
    {
        ReceiptProblem.Malformed => "This is not a receipt of this platform: the text is not a complete, unaltered receipt file.",
        ReceiptProblem.UnknownSigningKey => "The receipt names a signing key this platform does not know.",
        ReceiptProblem.BadSignature => "The signature does not match: the receipt was altered, or it was not signed by this platform.",
        _ => "The receipt is valid.",
    };
}
