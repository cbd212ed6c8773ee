using APPlatform.Referrals.Model;
using APPlatform.Referrals.Model.Referrals;

namespace APPlatform.Referrals.Apis;

/// <summary>A referral as its school, trust or LA reads it, with its pupil.</summary>
public sealed record ReferralRecord(
    Guid Id,
    ReferralStatus Status,
    Guid SchoolId,
    Guid? TrustId,
    Guid? LocalAuthorityId,
    Pupil Pupil,
    List<ReferralReason> Reasons,
    string? ReasonDetail,
    ReferralRoute Route,
    string? Needs,
    Proposal Proposal,
    decimal HoursPerWeek,
    string? UnregisteredJustification,
    List<ChronologyEntry> Chronology,
    List<Approval> Approvals,
    StaffMember? ApLead,
    PersonalisedPlan? Plan,
    ParentAgreement? ParentAgreement,
    Guid? PlacementId,
    List<ReferralStatusChange> History,
    DateTimeOffset CreatedAt)
{
    public static ReferralRecord From(Referral r, Pupil pupil) => new(
        r.Id, r.Status, r.SchoolId, r.TrustId, r.LocalAuthorityId, pupil, r.Reasons, r.ReasonDetail, r.Route, r.Needs, r.Proposal,
        r.Proposal.HoursPerWeek, r.UnregisteredJustification, r.Chronology, r.Approvals, r.ApLead, r.Plan, r.ParentAgreement, r.PlacementId,
        r.History, r.CreatedAt);
}

/// <summary>One line of a referral list.</summary>
public sealed record ReferralSummary(Guid Id, ReferralStatus Status, Guid SchoolId, Guid PupilId, string PupilName, Guid ProviderId, DateOnly StartDate, DateTimeOffset CreatedAt);
