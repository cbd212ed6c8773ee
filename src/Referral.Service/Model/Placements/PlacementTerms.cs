using APPlatform.ServiceDefaults.Apis;
using APPlatform.Statutory.Attendance;

namespace APPlatform.Referrals.Model.Placements;

/// <summary>
/// Where a placement stands: planned (arranged, not started), active (running), ending (the reintegration plan is
/// agreed, policy §13), ended.
/// </summary>
public enum PlacementStatus
{
    Planned,
    Active,
    Ending,
    Ended,
}

/// <summary>
/// Who commissions a placement: school (under its own powers) or local_authority (under its duties: s19, an EHC plan).
/// </summary>
public enum CommissionerType
{
    School,
    LocalAuthority,
}

/// <summary>
/// The law a placement is made under (domain notes §1.1): off_site_direction (Education Act 2002 s29A: the school
/// directs the pupil off site to improve behaviour), suspension_day_six (the school's duty from day six of a
/// suspension, EIA 2006 s100), school_arranged (arranged by the school for other reasons under its own powers),
/// local_authority_section19 (Education Act 1996 s19: the LA's duty where a child would not otherwise receive suitable
/// education), ehc_plan (Children and Families Act 2014 s42/s61: provision named in an EHC plan, or otherwise than in a
/// school).
/// </summary>
public enum LegalBasis
{
    OffSiteDirection,
    SuspensionDaySix,
    SchoolArranged,
    LocalAuthoritySection19,
    EhcPlan,
}

/// <summary>
/// How the pupil is registered while at the provider, which fixes the attendance code for a present mark: dual (on the
/// roll of both schools: the home school records D, not a possible session), approved_activity (approved educational
/// activity off site, supervised by someone the school judges suitable: code B), la_arranged (provision the LA arranged
/// under s19, s42 or s61: code K).
/// </summary>
public enum RegistrationMode
{
    Dual,
    ApprovedActivity,
    LaArranged,
}

/// <summary>
/// Why a placement ended: reintegrated (returned to mainstream), completed (ran its planned course), provider_change
/// (moved to another provider), three_failed_reviews (three formal reviews found no improvement, policy §12),
/// safeguarding, parent_withdrawal, permanent_exclusion, left_school, time_limit (reached the longest it may last),
/// cancelled (withdrawn before it started).
/// </summary>
public enum PlacementEndReason
{
    Reintegrated,
    Completed,
    ProviderChange,
    ThreeFailedReviews,
    Safeguarding,
    ParentWithdrawal,
    PermanentExclusion,
    LeftSchool,
    TimeLimit,
    Cancelled,
}

public static class RegistrationModes
{
    /// <summary>The home school's register code for a session the pupil attends at the provider (WTISA ch. 8).</summary>
    public static string AttendanceCode(this RegistrationMode mode) => AttendedSessionCode.For(EnumNames.Name(mode));
}
