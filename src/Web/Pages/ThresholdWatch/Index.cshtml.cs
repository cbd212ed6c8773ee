using APPlatform.Web.Design.TagHelpers;
using APPlatform.Web.Platform;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace APPlatform.Web.Pages.ThresholdWatch;

/// <summary>
/// The registration threshold watch: the unregistered providers the local authority keeps or lists, with the full-time
/// pupils they will have across every commissioner, breached first.
/// </summary>
public sealed class IndexModel(DirectoryApi directory) : PageModel
{
    public List<ThresholdWatchEntry> Providers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Providers = await directory.ThresholdWatchAsync(cancellationToken);

    public static TagColour Colour(string level) => level switch
    {
        "breached" => TagColour.Red,
        "at_risk" => TagColour.Orange,
        _ => TagColour.Green,
    };
}
