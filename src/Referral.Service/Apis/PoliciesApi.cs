using APPlatform.Referrals.Apis.Requests;
using APPlatform.Referrals.Apis.Responses;
using APPlatform.Referrals.Infrastructure;
using APPlatform.Referrals.Model.Policies;
using APPlatform.Referrals.Policies;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Time;
using Microsoft.AspNetCore.Http.HttpResults;

namespace APPlatform.Referrals.Apis;

/// <summary>A trust's referral policy and a school's calendar of terms and closures, each set by its owner.</summary>
public static class PoliciesApi
{
    public static RouteGroupBuilder MapPoliciesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/referrals").WithTags("Policies");
        api.MapGet("/trust-policy", GetTrustPolicy).WithName(nameof(GetTrustPolicy)).WithSummary("The caller's trust's policy (a school reads its trust's)")
            .RequireOrganisationType(OrganisationType.Trust, OrganisationType.School);
        api.MapPut("/trust-policy", SetTrustPolicy).WithName(nameof(SetTrustPolicy))
            .WithSummary("When the trust approves referrals, and the most hours a week at an unregistered provider").RequireOrganisationType(OrganisationType.Trust);
        api.MapGet("/school-calendar", GetCalendar).WithName(nameof(GetCalendar)).RequireOrganisationType(OrganisationType.School);
        api.MapPut("/school-calendar", SetCalendar).WithName(nameof(SetCalendar))
            .WithSummary("The school's terms, half-terms and closures, in whose school days notices and suspensions are counted, and its board's interval for reviewing off-site directions")
            .RequireOrganisationType(OrganisationType.School);
        return api;
    }

    public static async Task<Ok<TrustPolicyView>> GetTrustPolicy(Caller caller, SchoolPolicies policies, CancellationToken cancellationToken) =>
        TypedResults.Ok(TrustPolicyView.Of(await policies.TrustPolicyAsync(caller.OrganisationType == OrganisationType.Trust ? caller.OrganisationId : caller.TrustId, cancellationToken)));

    public static async Task<Ok<TrustPolicyView>> SetTrustPolicy(
        TrustPolicyRequest request, Caller caller, ReferralDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var policy = await db.TrustPolicies.FindAsync([caller.OrganisationId], cancellationToken);
        if (policy is null)
        {
            policy = new TrustPolicy { TrustId = caller.OrganisationId };
            db.TrustPolicies.Add(policy);
        }

        policy.Approval = request.Approval!.Value;
        policy.ApprovalCostPerWeek = request.ApprovalCostPerWeek;
        policy.MaxUnregisteredHoursPerWeek = request.MaxUnregisteredHoursPerWeek!.Value;
        policy.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(TrustPolicyView.Of(policy));
    }

    /// <summary>The school's own calendar or, if it has none, England's typical year for this school year and the next two.</summary>
    public static async Task<Ok<SchoolCalendarView>> GetCalendar(
        Caller caller, SchoolPolicies policies, TimeProvider clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(SchoolCalendarView.Of(await policies.CalendarAsync(caller.OrganisationId, clock.TodayInEngland(), cancellationToken)));

    /// <summary>Replaces the school's calendar; a day it was told its old terms did not cover is cleared once these cover it.</summary>
    public static async Task<Ok<SchoolCalendarView>> SetCalendar(SchoolCalendarRequest request, Caller caller, ReferralDbContext db, CancellationToken cancellationToken)
    {
        var calendar = await db.SchoolCalendars.FindAsync([caller.OrganisationId], cancellationToken);
        if (calendar is null)
        {
            calendar = new SchoolCalendar { SchoolId = caller.OrganisationId };
            db.SchoolCalendars.Add(calendar);
        }

        calendar.Set(request.Terms.Select(t => t.ToModel()), request.Closures ?? [], request.OffSiteDirectionReviewWeeks);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(SchoolCalendarView.Of(calendar));
    }
}
