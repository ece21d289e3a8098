using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Procurement.Domain.Bids;

namespace Procurement.Application.Bids;

/// <summary>
/// The bid content as sealed, <c>procurement-bid/v1</c>: UTF-8 JSON with the tender and supplier ids, each lot's offer
/// (price as a string of the decimal, so no binary floating point is involved) and the list of attachments. The opening
/// reads it back and checks the ids against the sealing context.
/// </summary>
public static class BidContentJson
{
    public const string Format = "procurement-bid/v1";

    public static byte[] Serialise(Guid tenderId, Guid supplierId, BidContent content)
    {
        var json = new JsonObject
        {
            ["format"] = Format,
            ["tenderId"] = tenderId.ToString("D"),
            ["supplierId"] = supplierId.ToString("D"),
            ["lots"] = new JsonArray([.. content.Lots.Select(LotJson)]),
            ["attachments"] = new JsonArray([.. content.Attachments.Select(AttachmentJson)]),
        };
        return JsonSerializer.SerializeToUtf8Bytes(json);
    }

    /// <summary>The content, if <paramref name="utf8"/> is a bid of this format for this tender and supplier; otherwise null.</summary>
    public static BidContent? Parse(ReadOnlySpan<byte> utf8, Guid tenderId, Guid supplierId)
    {
        try
        {
            var json = JsonNode.Parse(utf8)!.AsObject();
            if ((string?)json["format"] != Format || (string?)json["tenderId"] != tenderId.ToString("D") || (string?)json["supplierId"] != supplierId.ToString("D"))
            {
                return null;
            }

            return new BidContent(
                [.. json["lots"]!.AsArray().Select(lot => new LotOffer(
                    (int)lot!["lotNumber"]!,
                    lot["price"] is { } price ? decimal.Parse((string)price!, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) : null,
                    (int?)lot["validityDays"],
                    (string?)lot["notes"]))],
                [.. json["attachments"]!.AsArray().Select(file => new AttachmentEntry(
                    (int)file!["number"]!, (string)file["fileName"]!, (string)file["contentType"]!, (long)file["size"]!, (string)file["sha256"]!))]);
        }
        catch (Exception invalid) when (invalid is JsonException or FormatException or InvalidOperationException or NullReferenceException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>The lot offers of a draft, without ids: drafts are protected, not sealed.</summary>
    public static byte[] SerialiseDraft(IReadOnlyList<LotOffer> lots) =>
        JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["lots"] = new JsonArray([.. lots.Select(LotJson)]) });

    public static IReadOnlyList<LotOffer> ParseDraft(ReadOnlySpan<byte> utf8)
    {
        var json = JsonNode.Parse(utf8)!.AsObject();
        return [.. json["lots"]!.AsArray().Select(lot => new LotOffer(
            (int)lot!["lotNumber"]!,
            lot["price"] is { } price ? decimal.Parse((string)price!, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : null,
            (int?)lot["validityDays"],
            (string?)lot["notes"]))];
    }

    private static JsonObject LotJson(LotOffer offer) => new()
    {
        ["lotNumber"] = offer.LotNumber,
        ["price"] = offer.Price?.ToString(CultureInfo.InvariantCulture),
        ["validityDays"] = offer.ValidityDays,
        ["notes"] = offer.Notes,
    };

    private static JsonObject AttachmentJson(AttachmentEntry file) => new()
    {
        ["number"] = file.Number,
        ["fileName"] = file.FileName,
        ["contentType"] = file.ContentType,
        ["size"] = file.Size,
        ["sha256"] = file.Sha256,
    };
}
