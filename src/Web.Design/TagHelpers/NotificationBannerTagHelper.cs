using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace APPlatform.Web.Design.TagHelpers;

/// <summary>
/// <c>&lt;govuk-notification-banner success="true" heading="Register sent"&gt;…&lt;/govuk-notification-banner&gt;</c>:
/// GOV.UK's notification banner. A success banner (what a Post/Redirect/Get lands on) is announced as an alert.
/// </summary>
[HtmlTargetElement("govuk-notification-banner")]
public sealed class NotificationBannerTagHelper : TagHelper
{
    public bool Success { get; set; }

    /// <summary>The banner's heading line; the element's content follows it.</summary>
    public string? Heading { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var html = HtmlEncoder.Default;
        var titleId = "govuk-notification-banner-title";
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", Success ? "govuk-notification-banner govuk-notification-banner--success" : "govuk-notification-banner");
        output.Attributes.SetAttribute("role", Success ? "alert" : "region");
        output.Attributes.SetAttribute("aria-labelledby", titleId);
        output.Attributes.SetAttribute("data-module", "govuk-notification-banner");
        var content = (await output.GetChildContentAsync()).GetContent();
        var heading = Heading is null ? "" : $"<p class=\"govuk-notification-banner__heading\">{html.Encode(Heading)}</p>";
        output.Content.SetHtmlContent(
            $"<div class=\"govuk-notification-banner__header\"><h2 class=\"govuk-notification-banner__title\" id=\"{titleId}\">{(Success ? "Success" : "Important")}</h2></div>"
            + $"<div class=\"govuk-notification-banner__content\">{heading}{content}</div>");
    }
}
