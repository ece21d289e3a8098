using System.Text.Json.Nodes;

namespace Procurement.Application.OpenData;

/// <summary>
/// Release and record packages (OCDS 1.1): the package metadata from <see cref="OcdsSettings"/>, the extensions the
/// releases use (lots, bids), and the releases or records.
/// </summary>
public sealed class OcdsPackages(OcdsSettings settings, TimeProvider clock)
{
    /// <summary>The OCDS extensions whose fields the releases use: tender.lots and relatedLot(s) (lots), bids.statistics (bids).</summary>
    public static readonly IReadOnlyList<string> Extensions =
    [
        "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json",
        "https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/v1.1.5/extension.json",
    ];

    /// <param name="uri">This package's own URL.</param>
    /// <param name="site">The site's base URL, for a relative publication policy.</param>
    /// <param name="next">The next page's URL; null on the last page.</param>
    public JsonObject ReleasePackage(IReadOnlyList<JsonObject> releases, Uri uri, Uri site, Uri? next)
    {
        ArgumentNullException.ThrowIfNull(releases);
        var package = Header(releases, uri, site);
        package["releases"] = new JsonArray([.. releases.Select(r => (JsonNode)r.DeepClone())]);
        if (next is not null)
        {
            package["links"] = new JsonObject { ["next"] = next.AbsoluteUri };
        }

        return package;
    }

    public JsonObject RecordPackage(OcdsRecord record, Uri uri, Uri site)
    {
        ArgumentNullException.ThrowIfNull(record);
        var package = Header(record.Releases, uri, site);
        package["records"] = new JsonArray(new JsonObject
        {
            ["ocid"] = record.Ocid,
            ["releases"] = new JsonArray([.. record.Releases.Select(r => (JsonNode)r.DeepClone())]),
            ["compiledRelease"] = record.CompiledRelease.DeepClone(),
        });
        return package;
    }

    private JsonObject Header(IReadOnlyList<JsonObject> releases, Uri uri, Uri site)
    {
        // Generated on demand: the published date is that of the newest release in it (OCDS), or now when there is none.
        var published = releases.Count == 0
            ? OcdsReleaseMapper.Date(clock.GetUtcNow())
            : releases.Select(r => (string)r["date"]!).MaxBy(d => DateTimeOffset.Parse(d, System.Globalization.CultureInfo.InvariantCulture))!;
        return new JsonObject
        {
            ["uri"] = uri.AbsoluteUri,
            ["version"] = "1.1",
            ["extensions"] = new JsonArray([.. Extensions.Select(e => (JsonNode)e)]),
            ["publishedDate"] = published,
            ["publisher"] = new JsonObject { ["name"] = settings.PublisherName },
            ["license"] = settings.License,
            ["publicationPolicy"] = new Uri(site, settings.PublicationPolicy).AbsoluteUri,
        };
    }
}
