using APPlatform.Web.Design.TagHelpers;
using APPlatform.Web.Platform;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace APPlatform.Web.Pages.Placements;

/// <summary>A local authority's placements in its area, whoever commissioned them, with the provider each is at.</summary>
public sealed class IndexModel(ReferralApi referrals, DirectoryApi directory, ILogger<IndexModel> logger) : PageModel
{
    public Page<PlacementSummary> Placements { get; private set; } = new([], 0);

    public Dictionary<Guid, string> ProviderNames { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Placements = await referrals.AllPlacementsAsync(cancellationToken);
        var names = await Task.WhenAll(Placements.Items.Select(p => p.ProviderId).Distinct().Select(id => NameAsync(id, cancellationToken)));
        ProviderNames = names.ToDictionary(n => n.Id, n => n.Name);
    }

    /// <summary>A provider the directory no longer shows the LA still has its placements listed, by the start of its id.</summary>
    private async Task<(Guid Id, string Name)> NameAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            return (id, (await directory.ProviderAsync(id, cancellationToken)).Name);
        }
        catch (PlatformApiException refusal)
        {
            logger.LogInformation("Provider {Provider} could not be read from the directory ({Status})", id, refusal.Status);
            return (id, $"Provider {id.ToString()[..8]}");
        }
    }

    public static TagColour Colour(string status) => status switch
    {
        "active" => TagColour.Green,
        "ending" => TagColour.Yellow,
        "ended" => TagColour.Grey,
        _ => TagColour.Blue,
    };
}
