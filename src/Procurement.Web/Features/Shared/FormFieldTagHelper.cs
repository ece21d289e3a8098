using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Procurement.Web.Features.Shared;

/// <summary>
/// <c>&lt;form-field asp-for="Email" type="email" autocomplete="email" hint="…" /&gt;</c>: a labelled USWDS input with
/// its hint and error message tied to it through <c>aria-describedby</c>, so every form field is built the same way.
/// </summary>
[HtmlTargetElement("form-field", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FormFieldTagHelper(IHtmlGenerator generator) : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public required ModelExpression For { get; set; }

    /// <summary>An input type (text, email, tel, url, number, date, datetime-local, password) or <c>textarea</c>.</summary>
    public string Type { get; set; } = "text";

    [HtmlAttributeName("maxlength")]
    public int? MaxLength { get; set; }

    public string? Hint { get; set; }
    public string? Autocomplete { get; set; }

    [HtmlAttributeName("input-class")]
    public string? InputClass { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output) => Render(output, attributes => Type switch
    {
        "password" => generator.GeneratePassword(ViewContext, For.ModelExplorer, For.Name, value: null, htmlAttributes: attributes),
        "textarea" => generator.GenerateTextArea(ViewContext, For.ModelExplorer, For.Name, rows: 5, columns: 0, htmlAttributes: attributes),
        _ => generator.GenerateTextBox(ViewContext, For.ModelExplorer, For.Name, For.Model, format: Type switch { "date" => "{0:yyyy-MM-dd}", "datetime-local" => "{0:yyyy-MM-ddTHH:mm}", _ => null }, htmlAttributes: attributes),
    });

    /// <summary>
    /// Writes the form group (label, hint, error message) around the control that <paramref name="control"/> makes from
    /// the attributes every field gets (class, type, autocomplete, aria-describedby, aria-invalid); other tag helpers
    /// that need a different control (a textarea, an enhanced picker) build their field through this.
    /// </summary>
    internal void Render(TagHelperOutput output, Func<IDictionary<string, object>, TagBuilder> control)
    {
        var id = TagBuilder.CreateSanitizedId(For.Name, "_");
        var errors = ViewContext.ViewData.ModelState.TryGetValue(For.Name, out var entry) ? entry.Errors : null;
        var hasError = errors is { Count: > 0 };

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", hasError ? "usa-form-group usa-form-group--error" : "usa-form-group");

        var describedBy = new List<string>();
        output.Content.AppendHtml(generator.GenerateLabel(ViewContext, For.ModelExplorer, For.Name, labelText: null, htmlAttributes: new { @class = "usa-label" }));
        if (Hint is not null)
        {
            describedBy.Add($"{id}-hint");
            output.Content.AppendHtml($"<div class=\"usa-hint\" id=\"{id}-hint\">").Append(Hint).AppendHtml("</div>");
        }

        if (hasError)
        {
            describedBy.Add($"{id}-error");
            output.Content.AppendHtml($"<span class=\"usa-error-message\" id=\"{id}-error\">").Append(errors![0].ErrorMessage).AppendHtml("</span>");
        }

        var isTextArea = Type == "textarea";
        var attributes = new Dictionary<string, object>
        {
            ["class"] = $"{(isTextArea ? "usa-textarea" : "usa-input")} {InputClass} {(hasError ? "usa-input--error" : string.Empty)}".Trim(),
        };
        if (!isTextArea)
        {
            attributes["type"] = Type;
        }

        if (MaxLength is { } maxLength)
        {
            attributes["maxlength"] = maxLength;
        }

        if (Autocomplete is not null)
        {
            attributes["autocomplete"] = Autocomplete;
        }

        if (describedBy.Count > 0)
        {
            attributes["aria-describedby"] = string.Join(' ', describedBy);
        }

        if (hasError)
        {
            attributes["aria-invalid"] = "true";
        }

        output.Content.AppendHtml(control(attributes));
    }
}
