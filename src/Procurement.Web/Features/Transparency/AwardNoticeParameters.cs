using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Procurement.Application.Awards.Ports;

namespace Procurement.Web.Features.Transparency;

/// <summary>The award notice filters as a query string: <c>?agency=&amp;cpv=45&amp;from=2026-01-01&amp;to=&amp;min=&amp;max=&amp;page=2</c>.</summary>
public sealed class AwardNoticeParameters
{
    public const int PageSize = 20;

    [FromQuery(Name = "agency")]
    public Guid? Agency { get; set; }

    [FromQuery(Name = "cpv")]
    [RegularExpression("^[0-9]{2}$", ErrorMessage = "Choose a CPV division: two digits, for example 45.")]
    public string? Cpv { get; set; }

    [FromQuery(Name = "from")]
    [Display(Name = "Published from")]
    public DateOnly? From { get; set; }

    [FromQuery(Name = "to")]
    [Display(Name = "Published to")]
    public DateOnly? To { get; set; }

    [FromQuery(Name = "min")]
    [Range(typeof(decimal), "0", "1000000000000", ErrorMessage = "The least value must be a number of 0 or more.")]
    public decimal? Min { get; set; }

    [FromQuery(Name = "max")]
    [Range(typeof(decimal), "0", "1000000000000", ErrorMessage = "The greatest value must be a number of 0 or more.")]
    public decimal? Max { get; set; }

    [FromQuery(Name = "page")]
    [Range(1, 10_000, ErrorMessage = "The page must be a number from 1.")]
    public int Page { get; set; } = 1;

    public AwardNoticeFilter ToFilter(int page, int pageSize) => new(Agency, Cpv, From, To, Min, Max, page, pageSize);

    /// <summary>The parameters without the invalid ones, so a bad value narrows nothing; the page says which were ignored.</summary>
    public AwardNoticeParameters Valid(ModelStateDictionary state)
    {
        bool Bad(string key) => state.TryGetValue(key, out var entry) && entry.Errors.Count > 0;
        if (From > To)
        {
            state.AddModelError("to", "The end of the publication period must not be before its start.");
        }

        return new AwardNoticeParameters
        {
            Agency = Bad("agency") ? null : Agency,
            Cpv = Bad("Cpv") ? null : Cpv,
            From = Bad("from") ? null : From,
            To = Bad("to") || From > To ? null : To,
            Min = Bad("min") || Bad("Min") ? null : Min,
            Max = Bad("max") || Bad("Max") ? null : Max,
            Page = Page < 1 ? 1 : Page,
        };
    }

    public string ForPage(int page) => Link("/awards", page);

    /// <summary>The same filters on another address, e.g. the CSV download.</summary>
    public string Link(string path, int? page = null)
    {
        var query = new List<string>();
        Add(query, "agency", Agency?.ToString());
        Add(query, "cpv", Cpv);
        Add(query, "from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(query, "to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(query, "min", Min?.ToString(CultureInfo.InvariantCulture));
        Add(query, "max", Max?.ToString(CultureInfo.InvariantCulture));
        if (page is { } number)
        {
            query.Add($"page={number}");
        }

        return query.Count == 0 ? path : path + "?" + string.Join('&', query);
    }

    private static void Add(List<string> query, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            query.Add($"{name}={Uri.EscapeDataString(value)}");
        }
    }
}
