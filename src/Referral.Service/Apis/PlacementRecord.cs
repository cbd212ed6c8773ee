using APPlatform.Referrals.Apis.Responses;
using APPlatform.Referrals.Model;
using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Rules;
using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.Referrals.Apis;

/// <summary>What a provider is told of the pupil: enough to register and teach them, none of the school's special-category record.</summary>
/// <param name="Id">The pupil's id.</param>
/// <param name="FirstName">The pupil's first name.</param>
/// <param name="LastName">The pupil's last name.</param>
/// <param name="DateOfBirth">The pupil's date of birth (ISO date).</param>
/// <param name="YearGroup">The pupil's national curriculum year group.</param>
public sealed record PupilSummary(Guid Id, string FirstName, string LastName, DateOnly DateOfBirth, int YearGroup)
{
    public static PupilSummary From(Pupil pupil) => new(pupil.Id, pupil.FirstName, pupil.LastName, pupil.DateOfBirth, pupil.YearGroup);
}

/// <summary>A placement as its commissioner, trust, LA or provider reads it; the provider's view leaves out the pupil's record and the school's notes.</summary>
/// <param name="Id">The placement's id.</param>
/// <param name="ReferralId">The referral it was planned from.</param>
/// <param name="Status">Where the placement stands.</param>
/// <param name="SchoolId">The pupil's school.</param>
/// <param name="LocalAuthorityId">The school's local authority.</param>
/// <param name="CommissionerType">Who commissions it, which follows from the legal basis.</param>
/// <param name="CommissionerId">The commissioning school or local authority.</param>
/// <param name="LegalBasis">The law it is made under.</param>
/// <param name="ProviderId">The provider in the directory.</param>
/// <param name="ProviderName">The provider's name, as the directory last said.</param>
/// <param name="SiteId">The provider's site, if named.</param>
/// <param name="Address">Where the pupil attends.</param>
/// <param name="PersonResponsible">The person at the provider responsible for the pupil.</param>
/// <param name="RegistrationMode">How the pupil is registered while at the provider.</param>
/// <param name="AttendanceCode">The code the home school records for a session attended: B, D or K.</param>
/// <param name="Timetable">The weekly sessions.</param>
/// <param name="HoursPerWeek">The timetable's hours a week.</param>
/// <param name="IsFullTime">
/// Whether it is full time: the sole provision, or at least Referral:FullTimeHoursPerWeek hours a week (18 by default).
/// </param>
/// <param name="IsSoleProvision">Whether the provider is the pupil's only provision.</param>
/// <param name="StartDate">The first day (ISO date).</param>
/// <param name="PlannedEndDate">The planned last day (ISO date).</param>
/// <param name="EndedOn">The actual last day (ISO date), once ended.</param>
/// <param name="EndReason">Why it ended, once ended.</param>
/// <param name="PastoralContact">The provider's pastoral contact for the pupil.</param>
/// <param name="CostPerWeek">The price per week in pounds; left out of the provider's view.</param>
/// <param name="PupilSummary">What the provider is told of the pupil: name, date of birth, year group.</param>
/// <param name="Pupil">The pupil's full record; left out of the provider's view.</param>
/// <param name="History">Each change of status, when and by whom.</param>
/// <param name="Notice">
/// The latest written notification to the parents (policy §9); left out of the provider's view.
/// </param>
/// <param name="Reviews">The review meetings held; left out of the provider's view.</param>
/// <param name="FormalReviewsWithoutImprovement">
/// Formal reviews since the last one that saw improvement (policy §12).
/// </param>
/// <param name="MayEndForLackOfProgress">
/// Whether three formal reviews in a row found no improvement, so the placement may end (policy §12).
/// </param>
/// <param name="ReviewsAskedFor">
/// The parents' requests for a review of an off-site direction (SI 2010/1156 reg 4); left out of the provider's view.
/// </param>
/// <param name="Visits">The school's visits to the pupil (policy §10.4); left out of the provider's view.</param>
/// <param name="Incidents">Incidents the provider reported, and the school's acknowledgements.</param>
/// <param name="ReintegrationPlan">The plan for the pupil's return (policy §13), once agreed.</param>
/// <param name="FinalReport">The provider's report at the end, once submitted.</param>
/// <param name="PupilViews">What the pupil thought of it, recorded at the end; left out of the provider's view.</param>
/// <param name="Destination">Where the pupil went next, once ended.</param>
public sealed record PlacementRecord(
    Guid Id,
    Guid ReferralId,
    PlacementStatus Status,
    Guid SchoolId,
    Guid? LocalAuthorityId,
    CommissionerType CommissionerType,
    Guid CommissionerId,
    LegalBasis LegalBasis,
    Guid ProviderId,
    string? ProviderName,
    Guid? SiteId,
    string Address,
    StaffMemberView PersonResponsible,
    RegistrationMode RegistrationMode,
    string AttendanceCode,
    List<WeeklySessionView> Timetable,
    decimal HoursPerWeek,
    bool IsFullTime,
    bool IsSoleProvision,
    DateOnly StartDate,
    DateOnly? PlannedEndDate,
    DateOnly? EndedOn,
    PlacementEndReason? EndReason,
    StaffMemberView PastoralContact,
    decimal? CostPerWeek,
    PupilSummary PupilSummary,
    PupilView? Pupil,
    List<PlacementStatusChangeView> History,
    ParentNoticeView? Notice,
    List<ReviewView>? Reviews,
    int FormalReviewsWithoutImprovement,
    bool MayEndForLackOfProgress,
    List<ReviewAskedForView>? ReviewsAskedFor,
    List<VisitView>? Visits,
    List<IncidentView> Incidents,
    ReintegrationPlanView? ReintegrationPlan,
    FinalReportView? FinalReport,
    string? PupilViews,
    Destination? Destination)
{
    /// <summary>The placement as <paramref name="caller"/> may read it: a provider sees none of the school's record.</summary>
    public static PlacementRecord From(Placement p, Pupil pupil, string? providerName, Caller caller, FullTimeEducation fullTime)
    {
        var forProvider = caller.IsProviderOf(p);
        return new(
            p.Id, p.ReferralId, p.Status, p.SchoolId, p.LocalAuthorityId, p.CommissionerType, p.CommissionerId, p.LegalBasis, p.ProviderId, providerName,
            p.SiteId, p.Address, StaffMemberView.Of(p.PersonResponsible), p.RegistrationMode, p.RegistrationMode.AttendanceCode(),
            [.. p.Timetable.Select(WeeklySessionView.Of)], p.HoursPerWeek,
            fullTime.IsFullTime(p),
            p.IsSoleProvision, p.StartDate, p.PlannedEndDate, p.EndedOn, p.EndReason, StaffMemberView.Of(p.PastoralContact), forProvider ? null : p.CostPerWeek,
            PupilSummary.From(pupil), forProvider ? null : PupilView.Of(pupil), [.. p.History.Select(PlacementStatusChangeView.Of)],
            forProvider || p.LatestNotice is not { } notice ? null : ParentNoticeView.Of(notice), forProvider ? null : [.. p.Reviews.Select(ReviewView.Of)],
            p.FormalReviewsWithoutImprovement, p.MayEndForLackOfProgress, forProvider ? null : [.. p.ReviewsAskedFor.Select(ReviewAskedForView.Of)],
            forProvider ? null : [.. p.Visits.Select(VisitView.Of)],
            SafeguardingDetail.AsSeenBy(caller, p.Incidents).Select(IncidentView.Of).ToList(),
            p.ReintegrationPlan is { } plan ? ReintegrationPlanView.Of(plan) : null, p.FinalReport is { } report ? FinalReportView.Of(report) : null,
            forProvider ? null : p.PupilViews, p.Destination);
    }
}

/// <summary>One line of a placement list.</summary>
/// <param name="Id">The placement's id.</param>
/// <param name="Status">Where the placement stands.</param>
/// <param name="SchoolId">The pupil's school.</param>
/// <param name="ProviderId">The provider.</param>
/// <param name="PupilId">The pupil placed.</param>
/// <param name="PupilName">The pupil's first and last names.</param>
/// <param name="StartDate">The first day (ISO date).</param>
/// <param name="PlannedEndDate">The planned last day (ISO date).</param>
/// <param name="HoursPerWeek">The timetable's hours a week.</param>
public sealed record PlacementSummary(Guid Id, PlacementStatus Status, Guid SchoolId, Guid ProviderId, Guid PupilId, string PupilName, DateOnly StartDate, DateOnly? PlannedEndDate, decimal HoursPerWeek);

/// <summary>The checks before a placement may start, each with its result.</summary>
/// <param name="MayStart">Whether every check passes, so the placement may start.</param>
/// <param name="Checks">Each check, whether it passes, and if not why.</param>
public sealed record ChecksResult(bool MayStart, IReadOnlyList<PlacementCheck> Checks);

/// <summary>A parent or carer the placement letter is emailed to.</summary>
/// <param name="Name">The carer's name.</param>
/// <param name="Email">The carer's email address.</param>
public sealed record LetterRecipient(string Name, string Email);
