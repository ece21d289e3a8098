namespace Procurement.Application.OpenData;

/// <summary>
/// Open data settings from configuration (<c>OpenData:*</c>, docs/operations.md). The ocid prefix is
/// <c>OpenData:OcidPrefix</c> in <see cref="Tenders.TenderSettings"/>, fixed at publication.
/// </summary>
public sealed class OcdsSettings
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 50;

    /// <summary><c>OpenData:PublisherName</c>: who publishes the data (package <c>publisher.name</c>).</summary>
    public string PublisherName { get; init; } = "Procurement";

    /// <summary><c>OpenData:License</c>: the data licence URL; CC BY 4.0 unless set (OCDS recommends an open licence).</summary>
    public string License { get; init; } = "https://creativecommons.org/licenses/by/4.0/";

    /// <summary><c>OpenData:PublicationPolicy</c>: the publication policy's URL; relative URLs are resolved against the site.</summary>
    public string PublicationPolicy { get; init; } = "/open-data";

    /// <summary>
    /// <c>OpenData:BuyerIdentifierScheme</c>: the org-id.guide scheme of the agencies' register identifiers
    /// (<c>identifier.scheme</c> of the buyer party).
    /// </summary>
    public string BuyerIdentifierScheme { get; init; } = "GB-GOR";

    /// <summary><c>OpenData:ValidateOutput</c>: check every answer of the OCDS API against the schema (development; logs failures).</summary>
    public bool ValidateOutput { get; init; }
}
