using Microsoft.AspNetCore.Mvc;
using Procurement.Application.Search;

namespace Procurement.Web.Features.Suppliers;

/// <summary>The query string of a supplier search, shared by the directory page and the JSON API.</summary>
public sealed class SupplierSearchParameters
{
    [FromQuery(Name = "q")]
    public string? Text { get; set; }

    [FromQuery(Name = "cpv")]
    public List<string> Cpv { get; set; } = [];

    [FromQuery(Name = "region")]
    public List<string> Regions { get; set; } = [];

    [FromQuery(Name = "size")]
    public List<string> Sizes { get; set; } = [];

    [FromQuery(Name = "sort")]
    public string? Sort { get; set; }

    [FromQuery(Name = "page")]
    public int Page { get; set; } = 1;

    [FromQuery(Name = "pageSize")]
    public int PageSize { get; set; } = 20;

    public SearchSuppliers ToRequest() => new(Text, Cpv, Regions, Sizes, Sort, Page, PageSize);

    /// <summary>The query string for the same search on another page.</summary>
    public string ForPage(int page)
    {
        var pairs = new List<KeyValuePair<string, string?>> { new("q", Text) };
        pairs.AddRange(Cpv.Select(value => KeyValuePair.Create("cpv", (string?)value)));
        pairs.AddRange(Regions.Select(value => KeyValuePair.Create("region", (string?)value)));
        pairs.AddRange(Sizes.Select(value => KeyValuePair.Create("size", (string?)value)));
        pairs.Add(new("sort", Sort));
        pairs.Add(new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return QueryString.Create(pairs.Where(pair => !string.IsNullOrEmpty(pair.Value))).ToString();
    }
}
