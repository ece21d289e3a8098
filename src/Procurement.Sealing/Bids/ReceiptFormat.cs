using System.Globalization;
using System.Text;
using System.Text.Json;
using Procurement.Application.Bids.Ports;

namespace Procurement.Sealing.Bids;

/// <summary>
/// The canonical receipt text, <c>procurement-receipt/v1</c>: one JSON object, UTF-8, no whitespace, fields always in
/// this order: format, kind, tenderReference, tenderId, supplierId, bidId, bidVersion, receivedAt, parts (each: name,
/// ciphertextSha256), signingKeyId. Ids are lower-case GUIDs with hyphens, hashes lower-case hex, receivedAt UTC with
/// six fractional digits and a Z. Strings are escaped as System.Text.Json's default encoder does (everything outside
/// printable ASCII, and HTML-sensitive characters, as \uXXXX), so the text is pure ASCII and survives copy and paste.
/// The signature covers these exact bytes; a verifier checks the bytes it was given, it never re-serialises to verify.
/// </summary>
internal static class ReceiptFormat
{
    public const string V1 = "procurement-receipt/v1";
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    public static string Serialise(BidReceipt receipt, string signingKeyId)
    {
        Validate(receipt);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            json.WriteStartObject();
            json.WriteString("format", V1);
            json.WriteString("kind", KindName(receipt.Kind));
            json.WriteString("tenderReference", receipt.TenderReference);
            json.WriteString("tenderId", receipt.TenderId.ToString("D"));
            json.WriteString("supplierId", receipt.SupplierId.ToString("D"));
            json.WriteString("bidId", receipt.BidId.ToString("D"));
            json.WriteNumber("bidVersion", receipt.BidVersion);
            json.WriteString("receivedAt", receipt.ReceivedAt.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture));
            json.WriteStartArray("parts");
            foreach (var part in receipt.Parts)
            {
                json.WriteStartObject();
                json.WriteString("name", part.Name);
                json.WriteString("ciphertextSha256", part.CiphertextSha256);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("signingKeyId", signingKeyId);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads a receipt text; null unless it is exactly the canonical form of a receipt.</summary>
    public static (BidReceipt Receipt, string SigningKeyId)? Parse(string payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            if (root.GetProperty("format").GetString() != V1)
            {
                return null;
            }

            var receipt = new BidReceipt(
                root.GetProperty("tenderReference").GetString()!,
                root.GetProperty("tenderId").GetGuid(),
                root.GetProperty("supplierId").GetGuid(),
                root.GetProperty("bidId").GetGuid(),
                root.GetProperty("bidVersion").GetInt32(),
                ParseKind(root.GetProperty("kind").GetString()),
                DateTimeOffset.ParseExact(root.GetProperty("receivedAt").GetString()!, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                root.GetProperty("parts").EnumerateArray()
                    .Select(part => new ReceiptPart(part.GetProperty("name").GetString()!, part.GetProperty("ciphertextSha256").GetString()!))
                    .ToList());
            var signingKeyId = root.GetProperty("signingKeyId").GetString()!;

            // Canonical or nothing: extra fields, another order, whitespace or another spelling of a value do not pass.
            return Serialise(receipt, signingKeyId) == payload ? (receipt, signingKeyId) : null;
        }
        catch (Exception error) when (error is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The signing key id named in a receipt text, read before the signature is checked; null if there is none.</summary>
    public static string? SigningKeyIdOf(string payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("signingKeyId", out var id)
                && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void Validate(BidReceipt receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        if (string.IsNullOrWhiteSpace(receipt.TenderReference))
        {
            throw new ArgumentException("A receipt names the tender reference.", nameof(receipt));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(receipt.BidVersion, 1);
        foreach (var part in receipt.Parts)
        {
            if (part.CiphertextSha256 is not { Length: 64 } hash || !hash.All(char.IsAsciiHexDigitLower))
            {
                throw new ArgumentException($"The ciphertext SHA-256 of part '{part.Name}' must be 64 lower-case hexadecimal digits.", nameof(receipt));
            }

            // The same rule as SealingContext's part names.
            _ = new SealingContext(receipt.TenderId, receipt.SupplierId, receipt.BidId, receipt.BidVersion, part.Name);
        }
    }

    private static string KindName(ReceiptKind kind) => kind switch
    {
        ReceiptKind.Submission => "submission",
        ReceiptKind.Replacement => "replacement",
        ReceiptKind.Withdrawal => "withdrawal",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown receipt kind."),
    };

    private static ReceiptKind ParseKind(string? name) => name switch
    {
        "submission" => ReceiptKind.Submission,
        "replacement" => ReceiptKind.Replacement,
        "withdrawal" => ReceiptKind.Withdrawal,
        _ => throw new FormatException("Unknown receipt kind."),
    };
}
