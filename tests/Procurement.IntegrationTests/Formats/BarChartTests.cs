using System.Xml.Linq;
using Procurement.Web.Features.Shared.Charts;

namespace Procurement.IntegrationTests.Formats;

public sealed class BarChartTests
{
    private static readonly XNamespace _svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Draws_bars_in_proportion_to_their_values_with_an_accessible_title()
    {
        var svg = Parse(BarChart.Render("spend", "Spend by division", "Awarded value per CPV division", [
            new Bar("Construction work", 300m, "€300"),
            new Bar("Office & computing <machinery>", 150m, "€150"),
        ]));

        Assert.Equal("img", svg.Attribute("role")!.Value);
        Assert.Equal("Spend by division", svg.Element(_svg + "title")!.Value);
        var widths = svg.Descendants(_svg + "rect").Select(rect => double.Parse(rect.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(2, widths.Count);
        Assert.Equal(widths[0] / 2, widths[1], precision: 0);
        Assert.Contains(svg.Descendants(_svg + "text"), text => text.Value == "Office & computing <machinery>");
    }

    [Fact]
    public void Says_so_when_there_is_nothing_to_draw()
    {
        var svg = Parse(BarChart.Render("empty", "Nothing", "No values", []));

        Assert.Empty(svg.Descendants(_svg + "rect"));
        Assert.Contains(svg.Descendants(_svg + "text"), text => text.Value == "No data yet.");
    }

    private static XElement Parse(Microsoft.AspNetCore.Html.IHtmlContent html)
    {
        using var writer = new StringWriter();
        html.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return XElement.Parse(writer.ToString().Replace("…", "&#8230;", StringComparison.Ordinal));
    }
}
