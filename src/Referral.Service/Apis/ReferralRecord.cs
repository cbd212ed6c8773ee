using APPlatform.Referrals.Apis.Responses;
using APPlatform.Referrals.Model;
using APPlatform.Referrals.Model.Referrals;

namespace APPlatform.Referrals.Apis;

/// <summary>A referral as its school, trust or LA reads it, with its pupil.</summary>
/// <param name="Id">The referral's id.</param>
/// <param name="Status">Where the referral stands.</param>
/// <param name="SchoolId">The referring school.</param>
/// <param name="TrustId">The school's trust, if any.</param>
/// <param name="LocalAuthorityId">The school's local authority.</param>
/// <param name="ArrangedByLocalAuthority">Set when the local authority made the referral, decides it and commissions the placement.</param>
/// <param name="Pupil">The pupil's record at the school.</param>
/// <param name="Reasons">Why the pupil is referred (policy §4).</param>
/// <param name="ReasonDetail">The reasons in the school's words.</param>
/// <param name="Route">How the pupil comes to attend.</param>
/// <param name="Needs">The needs the provision must meet.</param>
/// <param name="Proposal">The provider, timetable, dates and cost proposed.</param>
/// <param name="HoursPerWeek">The proposed timetable's hours a week.</param>
/// <param name="UnregisteredJustification">Why an unregistered provider is used, if one is (policy §5).</param>
/// <param name="Chronology">Earlier events that led to the referral.</param>
/// <param name="Approvals">The headteacher's and trust's decisions so far.</param>
/// <param name="ApLead">The member of staff who leads the placement, named on approval.</param>
/// <param name="Plan">The personalised plan (policy §8), once recorded.</param>
/// <param name="ParentAgreement">The meeting with the parents and its outcome (policy §7), once recorded.</param>
/// <param name="PlacementId">The placement planned from it, once there is one.</param>
/// <param name="History">Each change of status, when and by whom.</param>
/// <param name="CreatedAt">When the referral was drafted (ISO date-time with offset).</param>
public sealed record ReferralRecord(
    Guid Id,
    ReferralStatus Status,
    Guid SchoolId,
    Guid? TrustId,
    Guid? LocalAuthorityId,
    LocalAuthorityArrangementView? ArrangedByLocalAuthority,
    PupilView Pupil,
    List<ReferralReason> Reasons,
    string? ReasonDetail,
    ReferralRoute Route,
    string? Needs,
    ProposalView Proposal,
    decimal HoursPerWeek,
    string? UnregisteredJustification,
    List<ChronologyEntryView> Chronology,
    List<ApprovalView> Approvals,
    StaffMemberView? ApLead,
    PersonalisedPlanView? Plan,
    ParentAgreementView? ParentAgreement,
    Guid? PlacementId,
    List<ReferralStatusChangeView> History,
    DateTimeOffset CreatedAt)
{
    public static ReferralRecord From(Referral r, Pupil pupil) => new(
        r.Id, r.Status, r.SchoolId, r.TrustId, r.LocalAuthorityId,
        r.ArrangedByLocalAuthority is { } la ? LocalAuthorityArrangementView.Of(la, r.Proposal.StartDate) : null, PupilView.Of(pupil), r.Reasons, r.ReasonDetail, r.Route, r.Needs,
        ProposalView.Of(r.Proposal), r.Proposal.HoursPerWeek, r.UnregisteredJustification, [.. r.Chronology.Select(ChronologyEntryView.Of)],
        [.. r.Approvals.Select(ApprovalView.Of)], r.ApLead is { } lead ? StaffMemberView.Of(lead) : null,
        r.Plan is { } plan ? PersonalisedPlanView.Of(plan) : null, r.ParentAgreement is { } agreement ? ParentAgreementView.Of(agreement) : null,
        r.PlacementId, [.. r.History.Select(ReferralStatusChangeView.Of)], r.CreatedAt);
}

/// <summary>One line of a referral list.</summary>
/// <param name="Id">The referral's id.</param>
/// <param name="Status">Where the referral stands.</param>
/// <param name="SchoolId">The referring school.</param>
/// <param name="PupilId">The pupil referred.</param>
/// <param name="PupilName">The pupil's first and last names.</param>
/// <param name="ProviderId">The provider proposed.</param>
/// <param name="StartDate">The proposed first day (ISO date).</param>
/// <param name="CreatedAt">When the referral was drafted (ISO date-time with offset).</param>
/// <param name="PlacementId">The placement planned from it, once there is one.</param>
/// <param name="DecidedBy">Who decides on it first: the school's headteacher, or the local authority on its own referral.</param>
public sealed record ReferralSummary(
    Guid Id, ReferralStatus Status, Guid SchoolId, Guid PupilId, string PupilName, Guid ProviderId, DateOnly StartDate, DateTimeOffset CreatedAt,
    Guid? PlacementId, ApprovalStage DecidedBy);
