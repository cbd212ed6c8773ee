using APPlatform.ProviderDirectory.Infrastructure;
using APPlatform.ProviderDirectory.Model;
using APPlatform.ProviderDirectory.Model.Threshold;
using APPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.ProviderDirectory.Apis;

/// <summary>An unregistered provider the registration threshold watch counts, at its worst week from this one on.</summary>
/// <param name="ProviderId">The provider.</param>
/// <param name="ProviderName">Its name.</param>
/// <param name="Level">Clear, at risk or breached.</param>
/// <param name="WeekStarting">The Monday of the first week at that level (ISO date).</param>
/// <param name="FullTimePupils">Full-time pupils of compulsory school age that week, across every commissioner.</param>
/// <param name="FullTimeLookedAfterOrEhcpPupils">Of those, the looked-after pupils and those with an EHC plan.</param>
public sealed record ThresholdWatchEntry(
    Guid ProviderId, string ProviderName, ThresholdLevel Level, DateOnly WeekStarting, int FullTimePupils, int FullTimeLookedAfterOrEhcpPupils);

/// <summary>GET /api/directory/threshold-watch: the local authority's view of the registration threshold watch.</summary>
public static class ThresholdWatchApi
{
    public static RouteGroupBuilder MapThresholdWatchApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/directory").WithTags("Registration threshold");
        api.MapGet("/threshold-watch", GetThresholdWatch).WithName(nameof(GetThresholdWatch))
            .WithSummary("Unregistered providers the caller keeps or lists with full-time pupils: the worst level ahead, breached first")
            .RequireOrganisationType(OrganisationType.LocalAuthority, OrganisationType.PlatformAdmin);
        return api;
    }

    public static async Task<Ok<List<ThresholdWatchEntry>>> GetThresholdWatch(Caller caller, DirectoryDbContext db, CancellationToken cancellationToken)
    {
        // A clear provider is not on the watch: the watch is for those at risk of the threshold or over it.
        var alerts = await db.ThresholdAlerts.Where(a => a.Level != ThresholdLevel.Clear).ToDictionaryAsync(a => a.ProviderId, cancellationToken);
        var providers = await db.Providers.Where(p => alerts.Keys.Contains(p.Id)).ToListAsync(cancellationToken);
        var watched = providers.Where(p => !p.IsRegistered && (caller.Manages(p) || caller.Lists(p))).ToList();
        var ids = watched.Select(p => p.Id).ToList();
        var fullTime = await db.Placements.Where(p => ids.Contains(p.ProviderId) && p.IsFullTime).ToListAsync(cancellationToken);

        var entries = watched.Select(provider =>
        {
            var alert = alerts[provider.Id];
            var running = fullTime.Where(p => p.ProviderId == provider.Id && p.RunsDuringWeek(alert.WeekStarting)).ToList();
            return new ThresholdWatchEntry(provider.Id, provider.Name, alert.Level, alert.WeekStarting, running.Count, running.Count(p => p.IsLookedAfterOrEhcp));
        });
        return TypedResults.Ok(entries.OrderByDescending(e => e.Level).ThenBy(e => e.WeekStarting).ThenBy(e => e.ProviderName).ToList());
    }
}
