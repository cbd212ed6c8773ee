using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace APPlatform.Web.Design.TagHelpers;

/// <summary><c>&lt;govuk-summary-list&gt;</c> of <c>&lt;govuk-summary-row key="Name"&gt;value&lt;/govuk-summary-row&gt;</c>.</summary>
[HtmlTargetElement("govuk-summary-list")]
[RestrictChildren("govuk-summary-row")]
public sealed class SummaryListTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "dl";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-summary-list");
    }
}

/// <summary>One row of a <see cref="SummaryListTagHelper"/>: the key, and the element's content as the value.</summary>
[HtmlTargetElement("govuk-summary-row", ParentTag = "govuk-summary-list")]
public sealed class SummaryRowTagHelper : TagHelper
{
    public string Key { get; set; } = "";

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var value = (await output.GetChildContentAsync()).GetContent();
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-summary-list__row");
        output.Content.SetHtmlContent(
            $"<dt class=\"govuk-summary-list__key\">{HtmlEncoder.Default.Encode(Key)}</dt><dd class=\"govuk-summary-list__value\">{value}</dd>");
    }
}
