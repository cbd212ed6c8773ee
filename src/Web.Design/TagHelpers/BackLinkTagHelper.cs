using Microsoft.AspNetCore.Razor.TagHelpers;

namespace APPlatform.Web.Design.TagHelpers;

/// <summary><c>&lt;govuk-back-link href="/cases"&gt;Back&lt;/govuk-back-link&gt;</c>, for the layout's BeforeContent section.</summary>
[HtmlTargetElement("govuk-back-link")]
public sealed class BackLinkTagHelper : TagHelper
{
    public string Href { get; set; } = "";

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "a";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("href", Href);
        output.Attributes.SetAttribute("class", "govuk-back-link");
        if ((await output.GetChildContentAsync()).IsEmptyOrWhiteSpace)
        {
            output.Content.SetContent("Back");
        }
    }
}
