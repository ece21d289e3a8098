using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Procurement.Web.Features.Shared.Charts;

/// <summary>One bar: its label, its value (which sets the length) and the value as the reader should see it.</summary>
public sealed record Bar(string Label, decimal Value, string Display);

/// <summary>
/// A horizontal bar chart drawn on the server as inline SVG: no script, prints well, and scales with the page. The SVG
/// is an image with a title and description; pages show the same numbers in a table for screen readers and keyboards.
/// </summary>
public static class BarChart
{
    private const int Width = 720;
    private const int LabelWidth = 250;
    private const int ValueWidth = 130;
    private const int RowHeight = 30;
    private const int BarHeight = 20;
    private const int MaxLabelCharacters = 34;

    /// <param name="fullScale">The value of a full-width bar (100 for percentages); the largest value when null.</param>
    public static IHtmlContent Render(string id, string title, string description, IReadOnlyList<Bar> bars, decimal? fullScale = null)
    {
        var encode = HtmlEncoder.Default;
        var height = Math.Max(1, bars.Count) * RowHeight + 10;
        var max = fullScale ?? (bars.Count == 0 ? 0 : bars.Max(bar => bar.Value));
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"bar-chart\" id=\"{id}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{encode.Encode(title)}</title><desc id=\"{id}-desc\">{encode.Encode(description)}</desc>");
        if (bars.Count == 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"24\" font-size=\"16\" fill=\"#1b1b1b\">No data yet.</text>");
        }

        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = i * RowHeight + 5;
            var length = max <= 0 ? 0 : (double)(bar.Value / max) * (Width - LabelWidth - ValueWidth);
            svg.Append(CultureInfo.InvariantCulture, $"<g><title>{encode.Encode(bar.Label)}: {encode.Encode(bar.Display)}</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 15}\" text-anchor=\"end\" font-size=\"14\" fill=\"#1b1b1b\">{encode.Encode(Shorten(bar.Label))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{Math.Max(length, bar.Value > 0 ? 2 : 0):0.#}\" height=\"{BarHeight}\" fill=\"#005ea2\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + length + 6:0.#}\" y=\"{y + 15}\" font-size=\"14\" fill=\"#1b1b1b\">{encode.Encode(bar.Display)}</text></g>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static string Shorten(string label) =>
        label.Length <= MaxLabelCharacters ? label : string.Concat(label.AsSpan(0, MaxLabelCharacters - 1), "…");
}
