using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace APPlatform.Web.Design.TagHelpers;

/// <summary>
/// <c>&lt;govuk-error-summary /&gt;</c>: GOV.UK's error summary listing every error in the page's model state, each
/// linked to its field; nothing when there are none. Put it first in the main column, above the h1.
/// </summary>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorSummaryTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var errors = ViewContext.ViewData.ModelState
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .SelectMany(entry => entry.Value!.Errors.Select(error => (Key: entry.Key, error.ErrorMessage)))
            .ToList();
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-error-summary");
        output.Attributes.SetAttribute("data-module", "govuk-error-summary");
        var html = HtmlEncoder.Default;
        var items = string.Concat(errors.Select(error => error.Key.Length == 0
            // An error about the whole form (a service's refusal with no field): said, with nowhere to go.
            ? $"<li>{html.Encode(error.ErrorMessage)}</li>"
            : $"<li><a href=\"#{FieldIds.For(error.Key)}\">{html.Encode(error.ErrorMessage)}</a></li>"));
        output.Content.SetHtmlContent(
            "<div role=\"alert\"><h2 class=\"govuk-error-summary__title\">There is a problem</h2>"
            + $"<div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">{items}</ul></div></div>");
    }
}
