using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Time;
using APPlatform.Web.Platform;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace APPlatform.Web.Pages.Placements;

/// <summary>
/// The placements a school arranged, a provider takes, or a local authority has in its area (whoever commissioned
/// them), with their status and provider; for schools and providers, the reviews and reports they have due. The
/// referral service answers each organisation with its own.
/// </summary>
public sealed class IndexModel(ReferralApi referrals, DirectoryApi directory, TimeProvider clock, ILogger<IndexModel> logger) : PageModel
{
    public List<PlacementSummary> Placements { get; private set; } = [];

    public int Total { get; private set; }

    public bool IsLocalAuthority { get; private set; }

    /// <summary>A provider's own placements are all at the provider: no column for it.</summary>
    public bool ShowProvider { get; private set; }

    public Dictionary<Guid, string> ProviderNames { get; private set; } = [];

    /// <summary>Reviews and reports due: none for a local authority, which holds neither.</summary>
    public DueTable? Due { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var organisation = Caller.FromPrincipal(User)?.OrganisationType;
        IsLocalAuthority = organisation == OrganisationType.LocalAuthority;
        ShowProvider = organisation != OrganisationType.Provider;
        var page = await referrals.PlacementsAsync(cancellationToken);
        Total = page.Total;
        Placements = page.Items
            .OrderBy(p => p.Status switch { "active" => 0, "ending" => 1, "planned" => 2, _ => 3 })
            .ThenBy(p => p.PupilName, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        if (ShowProvider)
        {
            var names = await Task.WhenAll(Placements.Select(p => p.ProviderId).Distinct().Select(id => NameAsync(id, cancellationToken)));
            ProviderNames = names.ToDictionary(n => n.Id, n => n.Name);
        }

        if (!IsLocalAuthority)
        {
            Due = new DueTable(
                await referrals.DueAsync(cancellationToken), clock.TodayInEngland(), ShowPupil: true, MayWriteReports: organisation == OrganisationType.Provider);
        }
    }

    /// <summary>A provider the directory no longer shows the reader keeps its placements listed, by the start of its id.</summary>
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
}
