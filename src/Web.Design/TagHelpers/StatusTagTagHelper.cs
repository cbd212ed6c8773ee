using Microsoft.AspNetCore.Razor.TagHelpers;

namespace APPlatform.Web.Design.TagHelpers;

/// <summary>The colours GOV.UK's tag component offers; <see cref="Default"/> is its blue.</summary>
public enum TagColour
{
    Default,
    Grey,
    Green,
    Turquoise,
    Blue,
    LightBlue,
    Purple,
    Pink,
    Red,
    Orange,
    Yellow,
}

/// <summary><c>&lt;govuk-tag colour="Green"&gt;Present&lt;/govuk-tag&gt;</c>: a status as GOV.UK's tag.</summary>
[HtmlTargetElement("govuk-tag")]
public sealed class StatusTagTagHelper : TagHelper
{
    public TagColour Colour { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "strong";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", Colour switch
        {
            TagColour.Default => "govuk-tag",
            TagColour.LightBlue => "govuk-tag govuk-tag--light-blue",
            _ => $"govuk-tag govuk-tag--{Colour.ToString().ToLowerInvariant()}",
        });
    }
}
