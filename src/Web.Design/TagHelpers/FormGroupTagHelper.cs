using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace APPlatform.Web.Design.TagHelpers;

/// <summary>
/// <c>&lt;govuk-form-group for="Input.Reason"&gt;…&lt;/govuk-form-group&gt;</c>: a <c>govuk-form-group</c> div, marked as in
/// error and opened by the field's error message (id "&lt;field id&gt;-error", for the input's or fieldset's
/// aria-describedby) when the model state holds one for <see cref="For"/>.
/// </summary>
[HtmlTargetElement("govuk-form-group")]
public sealed class FormGroupTagHelper : TagHelper
{
    /// <summary>The field's model state key, as asp-for names it (a string, so a fieldset of radios can use it too).</summary>
    public string For { get; set; } = "";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        var message = ErrorMessage(ViewContext, For);
        output.Attributes.SetAttribute("class", message is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");
        if (message is not null)
        {
            output.PreContent.SetHtmlContent(
                $"<p id=\"{FieldIds.ErrorFor(For)}\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> "
                + $"{HtmlEncoder.Default.Encode(message)}</p>");
        }
    }

    /// <summary>The first error for <paramref name="key"/>, if any.</summary>
    public static string? ErrorMessage(ViewContext view, string key) =>
        view.ViewData.ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
}
