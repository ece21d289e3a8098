using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Razor.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Procurement.Application.Reference;
using Procurement.Application.Reference.Ports;
using Procurement.Domain.Reference;

namespace Procurement.Web.Features.Shared;

/// <summary>What a <see cref="CpvPickerTagHelper"/> holds: CPV codes, prefixes for alerts (a code's significant digits), or one code.</summary>
internal enum CpvPickerMode
{
    Codes,
    Prefixes,
    OneCode,
}

/// <summary>
/// <c>&lt;cpv-picker asp-for="CpvCodes" max="20" mode="codes|prefixes|single" hint="…" /&gt;</c>: the field a person can
/// always type codes into (a textarea, or a text input for one code), built by <see cref="FormFieldTagHelper"/>, plus
/// hidden markup that <c>wwwroot/js/cpv-picker.js</c> turns into a searchable combobox with chips. The field keeps
/// its name and stays the one thing the form posts, so binding and validation are the same with or without script.
/// Chips for the values already in the field are rendered here, labels included, so the page needs no request.
/// </summary>
[HtmlTargetElement("cpv-picker", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class CpvPickerTagHelper(IHtmlGenerator generator, ICpvVocabulary vocabulary, IFileVersionProvider versions) : TagHelper
{
    private static readonly object _assetsWritten = new();

    [HtmlAttributeName("asp-for")]
    public required ModelExpression For { get; set; }

    /// <summary><c>codes</c> (the default), <c>prefixes</c> or <c>single</c>.</summary>
    [HtmlAttributeName("mode")]
    public string ModeName { get; set; } = "codes";

    /// <summary>How many values the field may hold; always 1 in <c>single</c> mode.</summary>
    public int Max { get; set; } = CpvCode.MaxPerSupplier;

    /// <summary>The hint for typing the values by hand (shown without script).</summary>
    public string? Hint { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var id = TagBuilder.CreateSanitizedId(For.Name, "_");
        var max = Mode == CpvPickerMode.OneCode ? 1 : Max;
        var field = new FormFieldTagHelper(generator) { For = For, Hint = Hint, ViewContext = ViewContext };
        field.Render(output, attributes => Control(attributes));
        output.Attributes.SetAttribute("class", $"{output.Attributes["class"].Value} cpv-picker-field");

        var index = await vocabulary.IndexAsync(ViewContext.HttpContext.RequestAborted);
        var chips = CpvCode.SplitList(For.Model as string).Take(Math.Max(max, 1) * 2).Select(value => Chip(index, value));
        var what = Mode == CpvPickerMode.Prefixes ? "a category and everything under it" : "a code";
        var pickerHint = max == 1
            ? $"Type a CPV code or words from its name, then choose {what} with the arrow keys and Enter."
            : $"Type a CPV code or words from its name, then choose {what} with the arrow keys and Enter. Up to {max}.";
        var pathBase = ViewContext.HttpContext.Request.PathBase;

        var html = output.Content;
        html.AppendHtml($"""<div class="cpv-picker" data-cpv-picker data-for="{id}" data-mode="{Encode(ModeName.ToLowerInvariant())}" data-max="{max}" data-search-url="{Encode($"{pathBase}/api/cpv")}" hidden>""");
        html.AppendHtml($"""<div class="usa-hint" id="{id}-picker-hint">""").Append(pickerHint).AppendHtml("</div>");
        html.AppendHtml($"""<div class="cpv-picker__search"><input class="usa-input" id="{id}-search" type="text" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="{id}-listbox" autocomplete="off" spellcheck="false" maxlength="{SearchCpvCodesValidator.MaxTextLength}">""");
        html.AppendHtml($"""<ul class="cpv-picker__listbox" id="{id}-listbox" role="listbox" aria-label="CPV codes found" hidden></ul></div>""");
        html.AppendHtml($"""<div class="cpv-picker__message" id="{id}-message" hidden></div>""");
        html.AppendHtml($"""<div class="usa-sr-only" id="{id}-status" role="status" aria-live="polite"></div>""");
        html.AppendHtml($"""<ul class="cpv-picker__chips" id="{id}-chips" aria-label="Chosen">""");
        foreach (var chip in chips)
        {
            html.AppendHtml(chip);
        }

        html.AppendHtml("</ul></div>");
        WriteAssetsOnce(html);
    }

    private CpvPickerMode Mode => ModeName.ToLowerInvariant() switch
    {
        "codes" => CpvPickerMode.Codes,
        "prefixes" => CpvPickerMode.Prefixes,
        "single" => CpvPickerMode.OneCode,
        _ => throw new InvalidOperationException($"<cpv-picker mode=\"{ModeName}\">: use codes, prefixes or single."),
    };

    private TagBuilder Control(IDictionary<string, object> attributes)
    {
        if (Mode == CpvPickerMode.OneCode)
        {
            attributes["class"] = $"{attributes["class"]} usa-input--lg";
            return generator.GenerateTextBox(ViewContext, For.ModelExplorer, For.Name, For.Model, format: null, htmlAttributes: attributes);
        }

        attributes.Remove("type");
        attributes["class"] = attributes["class"].ToString()!.Replace("usa-input ", "usa-textarea ", StringComparison.Ordinal).Replace("usa-input", "usa-textarea", StringComparison.Ordinal);
        return generator.GenerateTextArea(ViewContext, For.ModelExplorer, For.Name, rows: 2, columns: 0, htmlAttributes: attributes);
    }

    private string Chip(CpvCodeIndex index, string value)
    {
        var match = Mode == CpvPickerMode.Prefixes ? index.FindPrefix(value) : index.Find(value);
        var code = match?.Code ?? value;
        var label = match?.Label ?? (Mode == CpvPickerMode.Prefixes ? $"codes starting {value}" : "not a CPV 2008 code");
        return $"""<li class="cpv-picker__chip" data-value="{Encode(value)}"><span class="cpv-picker__code">{Encode(code)}</span> <span class="cpv-picker__label">{Encode(label)}</span><button type="button" class="cpv-picker__remove" aria-label="Remove {Encode(code)} {Encode(label)}"><span aria-hidden="true">×</span></button></li>""";
    }

    /// <summary>The stylesheet and script go out with the first picker of a page only (the CSP allows our own files, not inline code).</summary>
    private void WriteAssetsOnce(TagHelperContent html)
    {
        var items = ViewContext.HttpContext.Items;
        if (!items.TryAdd(_assetsWritten, true))
        {
            return;
        }

        var pathBase = ViewContext.HttpContext.Request.PathBase;
        html.AppendHtml($"""<link rel="stylesheet" href="{Encode(versions.AddFileVersionToPath(pathBase, "/css/cpv-picker.css"))}">""");
        html.AppendHtml($"""<script src="{Encode(versions.AddFileVersionToPath(pathBase, "/js/cpv-picker.js"))}" defer></script>""");
    }

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
