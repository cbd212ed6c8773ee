using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace APPlatform.Web.Design.TagHelpers;

/// <summary>
/// <c>govuk-describedby-error-for="Input.Reason"</c> on an input, select, textarea or fieldset: adds the field's error
/// message (see <see cref="FormGroupTagHelper"/>) to its aria-describedby when there is one, so it is read with the field.
/// </summary>
[HtmlTargetElement("input", Attributes = AttributeName)]
[HtmlTargetElement("select", Attributes = AttributeName)]
[HtmlTargetElement("textarea", Attributes = AttributeName)]
[HtmlTargetElement("fieldset", Attributes = AttributeName)]
public sealed class DescribedByTagHelper : TagHelper
{
    private const string AttributeName = "govuk-describedby-error-for";

    [HtmlAttributeName(AttributeName)]
    public string For { get; set; } = "";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    // After asp-for, which may have set its own attributes.
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (FormGroupTagHelper.ErrorMessage(ViewContext, For) is null)
        {
            return;
        }

        var existing = output.Attributes.TryGetAttribute("aria-describedby", out var attribute) ? attribute.Value?.ToString() : null;
        output.Attributes.SetAttribute("aria-describedby", string.Join(' ', new[] { existing, FieldIds.ErrorFor(For) }.Where(id => !string.IsNullOrEmpty(id))));
    }
}
