using System.Text.Encodings.Web;
using System.Text.Json;

namespace Procurement.Sealing.Bids;

/// <summary>
/// The receipt file a supplier downloads (<c>procurement-receipt-file/v1</c>): indented JSON holding the exact signed
/// text as a string, the algorithm and the base64 signature. Everything that matters is inside the signed text.
/// </summary>
internal static class ReceiptFile
{
    public const string V1 = "procurement-receipt-file/v1";
    public const string Algorithm = "Ed25519";

    // The file is downloaded, never embedded in a page, so quotes inside the payload may read as \" rather than \u0022.
    private static readonly JsonSerializerOptions _options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(string payload, byte[] signature) =>
        JsonSerializer.Serialize(new Content(V1, Algorithm, payload, Convert.ToBase64String(signature)), _options) + "\n";

    /// <summary>The signed text and signature, or null when the text is not a receipt file.</summary>
    public static (string Payload, byte[] Signature)? Read(string fileText)
    {
        try
        {
            using var document = JsonDocument.Parse(fileText);
            var root = document.RootElement;
            if (root.GetProperty("format").GetString() != V1 || root.GetProperty("algorithm").GetString() != Algorithm)
            {
                return null;
            }

            var payload = root.GetProperty("payload").GetString();
            var signature = root.GetProperty("signature").GetString();
            return payload is null || signature is null ? null : (payload, Convert.FromBase64String(signature));
        }
        catch (Exception error) when (error is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    private sealed record Content(
        [property: System.Text.Json.Serialization.JsonPropertyName("format")] string Format,
        [property: System.Text.Json.Serialization.JsonPropertyName("algorithm")] string Algorithm,
        [property: System.Text.Json.Serialization.JsonPropertyName("payload")] string Payload,
        [property: System.Text.Json.Serialization.JsonPropertyName("signature")] string Signature);
}
