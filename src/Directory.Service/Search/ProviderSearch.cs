using System.Linq.Expressions;
using APPlatform.ProviderDirectory.Infrastructure;
using APPlatform.ProviderDirectory.Model;
using APPlatform.ProviderDirectory.Model.Audits;
using APPlatform.ServiceDefaults.Apis;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.ProviderDirectory.Search;

/// <summary>
/// Runs a directory search in PostgreSQL. Distance is the one filter computed here rather than in SQL: the other
/// filters narrow the candidates first, and a directory holds hundreds of providers, not millions.
/// </summary>
public sealed class ProviderSearch(DirectoryDbContext db, TimeProvider clock)
{
    private const double EarthRadiusKm = 6371;

    /// <summary>Best first, across frameworks: grades that mean the same strength share a rank; not inspected comes last.</summary>
    private static readonly Expression<Func<Provider, int>> ofstedRank = p =>
        p.OfstedOutcome == "outstanding" || p.OfstedOutcome == "exceptional" ? 0
        : p.OfstedOutcome == "good" || p.OfstedOutcome == "strong_standard" ? 1
        : p.OfstedOutcome == "expected_standard" || p.OfstedOutcome == "standards_met" ? 2
        : p.OfstedOutcome == "requires_improvement" || p.OfstedOutcome == "needs_attention" ? 3
        : p.OfstedOutcome == null ? 5 : 4;

    public async Task<Page<ProviderSummary>> RunAsync(ProviderFilter filter, Caller caller, CancellationToken cancellationToken)
    {
        var today = clock.TodayInEngland();
        var reliableAudits = db.Audits.Where(AuditRiskAssessment.VisibleTo(caller)).Where(AuditValidity.ReliedOnOn(today));
        var query = Filtered(filter, caller, reliableAudits);

        List<Provider> page;
        int total;
        Dictionary<Guid, double> distances = [];
        if (filter.Near is { } near)
        {
            var candidates = await query.Select(p => new { p.Id, Sites = p.Sites.Select(s => new { s.Latitude, s.Longitude }) }).ToListAsync(cancellationToken);
            distances = candidates
                .Select(c => (c.Id, Km: c.Sites.Where(s => s.Latitude != null).Select(s => DistanceKm(near, (s.Latitude!.Value, s.Longitude!.Value))).DefaultIfEmpty(double.MaxValue).Min()))
                .Where(c => c.Km <= filter.WithinKm)
                .ToDictionary(c => c.Id, c => c.Km);
            total = distances.Count;
            var ids = (filter.Sort == SearchSort.Distance ? distances.OrderBy(d => d.Value).Select(d => d.Key) : distances.Keys).ToList();
            page = await Sorted(query.Where(p => ids.Contains(p.Id)), filter.Sort).ToListAsync(cancellationToken);
            if (filter.Sort == SearchSort.Distance)
            {
                page = page.OrderBy(p => distances[p.Id]).ThenBy(p => p.Name).ToList();
            }

            page = page.Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize).ToList();
        }
        else
        {
            total = await query.CountAsync(cancellationToken);
            page = await Sorted(query, filter.Sort).Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize).ToListAsync(cancellationToken);
        }

        var pageIds = page.Select(p => p.Id).ToList();
        var judgements = await reliableAudits.Where(a => pageIds.Contains(a.ProviderId)).Select(a => new { a.ProviderId, a.Suitable }).ToListAsync(cancellationToken);
        var items = page.Select(p => ProviderSummary.From(
            p,
            distances.TryGetValue(p.Id, out var km) ? km : null,
            judgements.Any(j => j.ProviderId == p.Id && j.Suitable == true) ? AuditOutcomeFilter.Suitable
            : judgements.Any(j => j.ProviderId == p.Id) ? AuditOutcomeFilter.NotSuitable
            : AuditOutcomeFilter.None)).ToList();
        return new Page<ProviderSummary>(items, total);
    }

    private IQueryable<Provider> Filtered(ProviderFilter filter, Caller caller, IQueryable<AuditRiskAssessment> reliableAudits)
    {
        var query = db.Providers.AsNoTracking().Where(p => filter.Statuses.Contains(p.Status));
        if (caller.OrganisationType == OrganisationType.Provider)
        {
            // The directory is for commissioners: a provider finds only its own record (DirectoryAccess.MaySee).
            query = query.Where(p => p.Id == caller.OrganisationId);
        }
        else if (caller.OrganisationType == OrganisationType.LocalAuthority)
        {
            // A local authority sees drafts and removed providers only of the records it keeps or lists (DirectoryAccess.MaySee).
            var organisation = caller.OrganisationId;
            query = query.Where(p => p.Status == ListingStatus.Listed || p.Status == ListingStatus.Suspended ||
                                     p.OwnerId == organisation || p.LocalAuthorityListings.Any(l => l.LocalAuthorityId == organisation));
        }

        if (filter.Text is { } text)
        {
            var pattern = $"%{text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
            query = query.Where(p => EF.Functions.ILike(p.Name, pattern) || EF.Functions.ILike(p.Profile.Offer!, pattern) ||
                                     p.Sites.Any(s => EF.Functions.ILike(s.Town, pattern) || EF.Functions.ILike(s.Area!, pattern) || EF.Functions.ILike(s.Postcode, pattern)));
        }

        if (filter.KeyStages.Count > 0)
        {
            query = query.Where(p => p.Profile.KeyStages.Any(k => filter.KeyStages.Contains(k)));
        }

        if (filter.Registration is { } registration)
        {
            query = query.Where(p => p.Registration.Status == registration);
        }

        if (filter.OfstedOutcomes.Count > 0)
        {
            var includeNone = filter.OfstedOutcomes.Contains("none");
            query = query.Where(p => filter.OfstedOutcomes.Contains(p.OfstedOutcome!) || (includeNone && p.OfstedOutcome == null));
        }

        if (filter.Gcses.Contains(GcseOffer.EnglishAndMaths))
        {
            query = query.Where(p => p.Profile.GcseEnglishAndMaths == YesNoNotApplicable.Yes);
        }

        if (filter.Gcses.Contains(GcseOffer.FiveOrMore))
        {
            query = query.Where(p => p.Profile.FiveOrMoreGcses == YesNoNotApplicable.Yes);
        }

        if (filter.Needs.Count > 0)
        {
            query = query.Where(p => p.Profile.NeedsCatered.Any(n => filter.Needs.Contains(n)));
        }

        if (filter.Area is { } area)
        {
            query = query.Where(p => p.Sites.Any(s => EF.Functions.ILike(s.Area!, area) || EF.Functions.ILike(s.Town, area)));
        }

        if (filter.PlacesAvailable)
        {
            query = query.Where(p => p.Profile.PlacesAvailable > 0);
        }

        if (filter.LocalAuthority is { } localAuthority)
        {
            query = query.Where(p => p.LocalAuthorityListings.Any(l => l.LocalAuthorityId == localAuthority));
        }

        return filter.AuditOutcome switch
        {
            AuditOutcomeFilter.Suitable => query.Where(p => reliableAudits.Any(a => a.ProviderId == p.Id && a.Suitable == true)),
            AuditOutcomeFilter.NotSuitable => query.Where(p => reliableAudits.Any(a => a.ProviderId == p.Id && a.Suitable == false)),
            AuditOutcomeFilter.None => query.Where(p => !reliableAudits.Any(a => a.ProviderId == p.Id)),
            _ => query,
        };
    }

    private static IQueryable<Provider> Sorted(IQueryable<Provider> query, SearchSort sort) => sort switch
    {
        SearchSort.Ofsted => query.OrderBy(ofstedRank).ThenBy(p => p.Name),
        SearchSort.PlacesAvailable => query.OrderByDescending(p => p.Profile.PlacesAvailable ?? -1).ThenBy(p => p.Name),
        SearchSort.Updated => query.OrderByDescending(p => p.UpdatedAt).ThenBy(p => p.Name),
        _ => query.OrderBy(p => p.Name).ThenBy(p => p.Id),
    };

    /// <summary>Great-circle distance (haversine).</summary>
    private static double DistanceKm((double Latitude, double Longitude) from, (double Latitude, double Longitude) to)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(to.Latitude - from.Latitude);
        var dLon = Radians(to.Longitude - from.Longitude);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Radians(from.Latitude)) * Math.Cos(Radians(to.Latitude)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Sqrt(a));
    }
}
