using APPlatform.Referrals.Checks;
using APPlatform.Referrals.Model;
using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Referrals;

namespace APPlatform.Referrals.Apis;

/// <summary>What a provider is told of the pupil: enough to register and teach them, none of the school's special-category record.</summary>
public sealed record PupilSummary(Guid Id, string FirstName, string LastName, DateOnly DateOfBirth, int YearGroup)
{
    public static PupilSummary From(Pupil pupil) => new(pupil.Id, pupil.FirstName, pupil.LastName, pupil.DateOfBirth, pupil.YearGroup);
}

/// <summary>A placement as its commissioner, trust, LA or provider reads it; the provider's view leaves out the pupil's record and the school's notes.</summary>
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
    StaffMember PersonResponsible,
    RegistrationMode RegistrationMode,
    string AttendanceCode,
    List<WeeklySession> Timetable,
    decimal HoursPerWeek,
    bool IsFullTime,
    bool IsSoleProvision,
    DateOnly StartDate,
    DateOnly? PlannedEndDate,
    DateOnly? EndedOn,
    PlacementEndReason? EndReason,
    StaffMember PastoralContact,
    decimal? CostPerWeek,
    PupilSummary PupilSummary,
    Pupil? Pupil,
    List<PlacementStatusChange> History,
    ParentNotice? Notice,
    List<Review>? Reviews,
    int FormalReviewsWithoutImprovement,
    bool MayEndForLackOfProgress,
    List<Visit>? Visits,
    List<Incident> Incidents,
    ReintegrationPlan? ReintegrationPlan,
    FinalReport? FinalReport,
    string? PupilViews,
    Destination? Destination)
{
    public static PlacementRecord From(Placement p, Pupil pupil, string? providerName, bool forProvider) => new(
        p.Id, p.ReferralId, p.Status, p.SchoolId, p.LocalAuthorityId, p.CommissionerType, p.CommissionerId, p.LegalBasis, p.ProviderId, providerName,
        p.SiteId, p.Address, p.PersonResponsible, p.RegistrationMode, p.RegistrationMode.AttendanceCode(), p.Timetable, p.HoursPerWeek, p.IsFullTime,
        p.IsSoleProvision, p.StartDate, p.PlannedEndDate, p.EndedOn, p.EndReason, p.PastoralContact, forProvider ? null : p.CostPerWeek,
        PupilSummary.From(pupil), forProvider ? null : pupil, p.History, forProvider ? null : p.LatestNotice, forProvider ? null : p.Reviews,
        p.FormalReviewsWithoutImprovement, p.MayEndForLackOfProgress, forProvider ? null : p.Visits, p.Incidents, p.ReintegrationPlan, p.FinalReport,
        forProvider ? null : p.PupilViews, p.Destination);
}

public sealed record PlacementSummary(Guid Id, PlacementStatus Status, Guid SchoolId, Guid ProviderId, Guid PupilId, string PupilName, DateOnly StartDate, DateOnly? PlannedEndDate, decimal HoursPerWeek);

public sealed record ChecksResult(bool MayStart, IReadOnlyList<PlacementCheck> Checks);

/// <summary>A parent or carer the placement letter is emailed to.</summary>
public sealed record LetterRecipient(string Name, string Email);
