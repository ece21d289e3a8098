using System.Text;
using System.Xml;

namespace Procurement.Web.Features.Shared.Formats;

/// <summary>An Atom 1.0 feed (RFC 4287). Ids are absolute URLs, which are stable for our public pages.</summary>
public sealed record AtomFeed(string Id, string Title, string Subtitle, DateTimeOffset Updated, Uri Self, Uri Alternate, string Author, IReadOnlyList<AtomEntry> Entries)
{
    public const string MediaType = "application/atom+xml";

    private const string Namespace = "http://www.w3.org/2005/Atom";

    public async Task WriteAsync(Stream stream, CancellationToken cancellationToken)
    {
        var settings = new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true };
        await using var xml = XmlWriter.Create(stream, settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "feed", Namespace);
        await xml.WriteElementStringAsync(null, "id", Namespace, Id);
        await xml.WriteElementStringAsync(null, "title", Namespace, Title);
        await xml.WriteElementStringAsync(null, "subtitle", Namespace, Subtitle);
        await xml.WriteElementStringAsync(null, "updated", Namespace, Timestamp(Updated));
        await WriteLinkAsync(xml, "self", Self, MediaType);
        await WriteLinkAsync(xml, "alternate", Alternate, "text/html");
        await xml.WriteStartElementAsync(null, "author", Namespace);
        await xml.WriteElementStringAsync(null, "name", Namespace, Author);
        await xml.WriteEndElementAsync();
        foreach (var entry in Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await entry.WriteAsync(xml);
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
    }

    internal static string Timestamp(DateTimeOffset at) => XmlConvert.ToString(at.ToUniversalTime().UtcDateTime, XmlDateTimeSerializationMode.Utc);

    internal static async Task WriteLinkAsync(XmlWriter xml, string relation, Uri href, string type)
    {
        await xml.WriteStartElementAsync(null, "link", Namespace);
        await xml.WriteAttributeStringAsync(null, "rel", null, relation);
        await xml.WriteAttributeStringAsync(null, "type", null, type);
        await xml.WriteAttributeStringAsync(null, "href", null, href.AbsoluteUri);
        await xml.WriteEndElementAsync();
    }

    internal static string Ns => Namespace;
}

public sealed record AtomEntry(Uri Link, string Title, DateTimeOffset Published, DateTimeOffset Updated, string Summary, IReadOnlyList<string> Categories)
{
    internal async Task WriteAsync(XmlWriter xml)
    {
        var ns = AtomFeed.Ns;
        await xml.WriteStartElementAsync(null, "entry", ns);
        await xml.WriteElementStringAsync(null, "id", ns, Link.AbsoluteUri);
        await xml.WriteElementStringAsync(null, "title", ns, Title);
        await xml.WriteElementStringAsync(null, "published", ns, AtomFeed.Timestamp(Published));
        await xml.WriteElementStringAsync(null, "updated", ns, AtomFeed.Timestamp(Updated));
        await AtomFeed.WriteLinkAsync(xml, "alternate", Link, "text/html");
        foreach (var category in Categories)
        {
            await xml.WriteStartElementAsync(null, "category", ns);
            await xml.WriteAttributeStringAsync(null, "term", null, category);
            await xml.WriteEndElementAsync();
        }

        await xml.WriteStartElementAsync(null, "summary", ns);
        await xml.WriteAttributeStringAsync(null, "type", null, "text");
        await xml.WriteStringAsync(Summary);
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
    }
}
