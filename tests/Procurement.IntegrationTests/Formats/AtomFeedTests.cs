using System.Xml.Linq;
using Procurement.Web.Features.Shared.Formats;

namespace Procurement.IntegrationTests.Formats;

public sealed class AtomFeedTests
{
    private static readonly XNamespace _atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task Writes_a_feed_with_its_entries_as_Atom_1_0()
    {
        var at = new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.Zero);
        var feed = new AtomFeed(
            "https://example.test/awards", "Award notices", "New award notices", at,
            new Uri("https://example.test/awards.atom"), new Uri("https://example.test/awards"), "Procurement",
            [new AtomEntry(new Uri("https://example.test/awards/PRC-2026-000001"), "Road salt <winter>", at.AddDays(-1), at, "Awarded to A & B", ["44"])]);
        using var stream = new MemoryStream();

        await feed.WriteAsync(stream, TestContext.Current.CancellationToken);

        stream.Position = 0;
        var document = XDocument.Load(stream);
        Assert.Equal(_atom + "feed", document.Root!.Name);
        Assert.Equal("2026-11-20T09:30:00Z", document.Root.Element(_atom + "updated")!.Value);
        var entry = Assert.Single(document.Root.Elements(_atom + "entry"));
        Assert.Equal("https://example.test/awards/PRC-2026-000001", entry.Element(_atom + "id")!.Value);
        Assert.Equal("Road salt <winter>", entry.Element(_atom + "title")!.Value);
        Assert.Equal("Awarded to A & B", entry.Element(_atom + "summary")!.Value);
        Assert.Equal("44", entry.Element(_atom + "category")!.Attribute("term")!.Value);
    }
}
