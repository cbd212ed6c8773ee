using APPlatform.ServiceDefaults.Apis;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.Referrals.Model.Placements;
using APPlatform.ServiceDefaults.Errors;

namespace APPlatform.Referrals.Model.Referrals;

/// <summary>
/// A school's referral of a pupil to alternative provision (trust policy §6–§9): reasons, the chronology of what was
/// tried first, needs and the proposed placement; then the headteacher's and (where its policy asks) the trust's
/// decisions, the personalised plan, and the parents' agreement, until a placement is planned. Withdrawn at any time
/// before the placement starts. Each change of status keeps who and when. A local authority refers a pupil it is
/// responsible for the same way (<see cref="ArrangedByLocalAuthority"/>), and decides instead of the headteacher.
/// </summary>
public sealed class Referral
{
    /// <summary>The referral's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The referring school.</summary>
    public Guid SchoolId { get; init; }

    /// <summary>The school's trust, if any.</summary>
    public Guid? TrustId { get; init; }

    /// <summary>The school's local authority.</summary>
    public Guid? LocalAuthorityId { get; init; }

    /// <summary>Set when the school's local authority made the referral and commissions it, and under which duty.</summary>
    public LocalAuthorityArrangement? ArrangedByLocalAuthority { get; private init; }

    /// <summary>The pupil referred.</summary>
    public Guid PupilId { get; init; }

    /// <summary>Why the pupil is referred (policy §4).</summary>
    public List<ReferralReason> Reasons { get; set; } = [];

    /// <summary>The reasons in the school's words.</summary>
    public string? ReasonDetail { get; set; }

    /// <summary>How the pupil comes to attend.</summary>
    public ReferralRoute Route { get; set; }

    /// <summary>The needs the provision must meet.</summary>
    public string? Needs { get; set; }

    /// <summary>The provider, timetable, dates and cost proposed.</summary>
    public required Proposal Proposal { get; set; }

    /// <summary>Why an unregistered provider is used at all: the policy allows it only when no registered place meets the need (§5).</summary>
    public string? UnregisteredJustification { get; set; }

    /// <summary>What was tried first to keep the pupil in mainstream education (policy §6).</summary>
    public List<ChronologyEntry> Chronology { get; private set; } = [];

    /// <summary>The headteacher's and trust's decisions so far.</summary>
    public List<Approval> Approvals { get; private set; } = [];

    /// <summary>The member of staff who leads the placement, named on approval.</summary>
    public StaffMember? ApLead { get; private set; }

    /// <summary>The personalised plan (policy §8), once recorded.</summary>
    public PersonalisedPlan? Plan { get; private set; }

    /// <summary>The meeting with the parents and its outcome (policy §7), once recorded.</summary>
    public ParentAgreement? ParentAgreement { get; private set; }

    /// <summary>The placement planned from it, once there is one.</summary>
    public Guid? PlacementId { get; private set; }

    /// <summary>Where the referral stands.</summary>
    public ReferralStatus Status { get; private set; }

    /// <summary>Each change of status, when and by whom.</summary>
    public List<ReferralStatusChange> History { get; private set; } = [];

    /// <summary>When the referral was drafted (ISO date-time with offset).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Drafted by the school, or by its local authority for a pupil the LA arranges for (<paramref name="arrangedByLocalAuthority"/>).</summary>
    public static Referral Start(
        Guid id, Caller by, Guid schoolId, Guid? trustId, Guid? localAuthorityId, Guid pupilId, Proposal proposal, DateTimeOffset now,
        LocalAuthorityArrangement? arrangedByLocalAuthority = null)
    {
        var refused = by.OrganisationType switch
        {
            OrganisationType.LocalAuthority => arrangedByLocalAuthority is null || localAuthorityId != by.OrganisationId,
            OrganisationType.PlatformAdmin => false,
            _ => arrangedByLocalAuthority is not null,
        };
        if (refused)
        {
            throw new NotPermittedException(
                "A local authority refers a pupil it arranges provision for, as the pupil's school's local authority; a school refers its own.");
        }

        arrangedByLocalAuthority?.RequireOfficer(by);
        var referral = new Referral
        {
            Id = id,
            SchoolId = schoolId,
            TrustId = trustId,
            LocalAuthorityId = localAuthorityId,
            PupilId = pupilId,
            Proposal = proposal,
            CreatedAt = now,
            ArrangedByLocalAuthority = arrangedByLocalAuthority,
        };
        referral.Move(ReferralStatus.Draft, by, null, now);
        return referral;
    }

    /// <summary>Who decides first: the headteacher, or the local authority for its own referral (the trust's policy binds only its schools).</summary>
    public ApprovalStage DecidingStage => ArrangedByLocalAuthority is null ? ApprovalStage.Headteacher : ApprovalStage.LocalAuthority;

    /// <summary>Whether it is still open: not rejected or withdrawn.</summary>
    public bool IsOpen => Status is not (ReferralStatus.Rejected or ReferralStatus.Withdrawn);

    public void AddToChronology(ChronologyEntry entry)
    {
        if (!IsOpen)
        {
            throw new StateConflictException($"The referral is {Name(Status)}; its chronology is closed.");
        }

        Chronology.Add(entry);
        Chronology.Sort((a, b) => a.On.CompareTo(b.On));
    }

    /// <summary>Policy §6: a detailed chronology of what was tried, and its impact, comes before any referral.</summary>
    public void Submit(Caller by, DateTimeOffset now)
    {
        Require(ReferralStatus.Draft, "submitted", ReferralStatus.InformationRequested);
        if (!Chronology.Any(e => e.Kind is ChronologyKind.Intervention or ChronologyKind.ExternalAgency && !string.IsNullOrWhiteSpace(e.Impact)))
        {
            throw new RuleViolationException(
                "Record the interventions tried and their impact in the chronology before submitting (trust policy §6).");
        }

        Move(ReferralStatus.Submitted, by, null, now);
    }

    /// <summary>The decision waits for more from the school: what is asked goes in the history.</summary>
    public void RequestInformation(string request, Caller by, DateTimeOffset now)
    {
        Require(ReferralStatus.Submitted, "sent back for more information", ReferralStatus.AwaitingTrustApproval);
        Move(ReferralStatus.InformationRequested, by, request, now);
    }

    public void DecideAsHeadteacher(bool approved, string? decidedBy, string? note, StaffMember? apLead, bool trustMustApprove, Caller by, DateTimeOffset now)
    {
        Require(ReferralStatus.Submitted, "decided by the headteacher");
        RequireDecidingStage(ApprovalStage.Headteacher);
        var decider = Decider.For(ApprovalStage.Headteacher, by, decidedBy);
        if (approved && apLead is null)
        {
            throw new RuleViolationException("Name the AP Lead who will lead this placement (trust policy §10.3).");
        }

        Approvals.Add(new Approval(ApprovalStage.Headteacher, approved, decider.Name, note, by.OrganisationId, now, decider.PersonId, decider.ClientId));
        ApLead = apLead ?? ApLead;
        Move(!approved ? ReferralStatus.Rejected : trustMustApprove ? ReferralStatus.AwaitingTrustApproval : ReferralStatus.Approved, by, note, now);
    }

    /// <summary>The local authority decides its own referral; no trust decides after it.</summary>
    public void DecideAsLocalAuthority(bool approved, string? decidedBy, string? note, Caller by, DateTimeOffset now)
    {
        Require(ReferralStatus.Submitted, "decided by the local authority");
        RequireDecidingStage(ApprovalStage.LocalAuthority);
        ArrangedByLocalAuthority!.RequireOfficer(by);
        var decider = Decider.For(ApprovalStage.LocalAuthority, by, decidedBy);
        Approvals.Add(new Approval(ApprovalStage.LocalAuthority, approved, decider.Name, note, by.OrganisationId, now, decider.PersonId, decider.ClientId));
        Move(approved ? ReferralStatus.Approved : ReferralStatus.Rejected, by, note, now);
    }

    public void DecideAsTrust(bool approved, string? decidedBy, string? note, Caller by, DateTimeOffset now)
    {
        Require(ReferralStatus.AwaitingTrustApproval, "decided by the trust");
        var decider = Decider.For(ApprovalStage.Trust, by, decidedBy);
        Approvals.Add(new Approval(ApprovalStage.Trust, approved, decider.Name, note, by.OrganisationId, now, decider.PersonId, decider.ClientId));
        Move(approved ? ReferralStatus.Approved : ReferralStatus.Rejected, by, note, now);
    }

    public void RecordPlan(PersonalisedPlan plan)
    {
        if (!IsOpen)
        {
            throw new StateConflictException($"The referral is {Name(Status)}.");
        }

        Plan = plan;
    }

    /// <summary>A refusal goes on the chronology (policy §7); under an off-site direction the placement may still go ahead.</summary>
    public void RecordParentAgreement(ParentAgreement agreement, Caller by, DateTimeOffset now)
    {
        Require(ReferralStatus.Approved, "agreed with the parents", ReferralStatus.ParentAgreed, ReferralStatus.ParentRefused);
        ParentAgreement = agreement;
        if (!agreement.Agreed)
        {
            AddToChronology(new ChronologyEntry(agreement.MeetingOn, ChronologyKind.ParentRefusal,
                $"Parents refused the offer of alternative provision: {agreement.RefusalReason ?? "no reason given"}.", null, by.OrganisationId, now));
        }

        Move(agreement.Agreed ? ReferralStatus.ParentAgreed : ReferralStatus.ParentRefused, by, agreement.RefusalReason, now);
    }

    /// <summary>
    /// Whether a placement may be planned from it now: the parents agreed, or, for an off-site direction, it is
    /// approved (the parents need not agree).
    /// </summary>
    public bool MayPlanPlacement => Status == ReferralStatus.ParentAgreed ||
        (Route == ReferralRoute.OffSiteDirection && Status is ReferralStatus.Approved or ReferralStatus.ParentRefused);

    /// <summary>
    /// The route chosen at the referral decides whether the parents' agreement was needed, so the placement's legal
    /// basis must keep to it: an off-site direction (s29A) is placed as one, with its notice, and nothing else is.
    /// </summary>
    public void PlanPlacement(Guid placementId, LegalBasis basis, Caller by, DateTimeOffset now)
    {
        if (!MayPlanPlacement)
        {
            throw new StateConflictException(Route == ReferralRoute.OffSiteDirection
                ? $"The referral is {Name(Status)}: a placement is planned once it is approved."
                : $"The referral is {Name(Status)}: a placement is planned once it is approved and the parents have agreed.");
        }

        if (basis == LegalBasis.OffSiteDirection != (Route == ReferralRoute.OffSiteDirection))
        {
            throw new RuleViolationException(Route == ReferralRoute.OffSiteDirection
                ? "This referral is an off-site direction (the parents' agreement was not sought), so its placement's legal basis is off_site_direction."
                : "A placement under off_site_direction needs a referral made as an off-site direction; this one went by the parents' agreement.");
        }

        if (ArrangedByLocalAuthority is { } arrangement && basis != arrangement.LegalBasis)
        {
            throw new RuleViolationException($"The local authority referred this pupil under its {EnumNames.Name(arrangement.Duty).Replace('_', ' ')} " +
                $"duty, so the placement's legal basis is {EnumNames.Name(arrangement.LegalBasis)}.");
        }

        PlacementId = placementId;
        Move(ReferralStatus.PlacementPlanned, by, null, now);
    }

    /// <summary>
    /// Withdrawn at any time before its placement starts; a planned placement is cancelled with it. Once the placement
    /// has started it is ended, not withdrawn (trust policy §13: its end keeps the reason, the pupil's views and the destination).
    /// </summary>
    public void Withdraw(string reason, Placement? placement, Caller by, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            throw new StateConflictException($"The referral is already {Name(Status)}.");
        }

        if (placement is { Status: not PlacementStatus.Planned })
        {
            throw new StateConflictException("The placement has started: end the placement instead of withdrawing the referral.");
        }

        placement?.Cancel(by, reason, now);
        Move(ReferralStatus.Withdrawn, by, reason, now);
    }

    private void Require(ReferralStatus expected, string action, params ReferralStatus[] alsoAllowed)
    {
        if (Status != expected && !alsoAllowed.Contains(Status))
        {
            throw new StateConflictException($"The referral is {Name(Status)}, so it cannot be {action}.");
        }
    }

    private void RequireDecidingStage(ApprovalStage stage)
    {
        if (DecidingStage != stage)
        {
            throw new RuleViolationException(DecidingStage == ApprovalStage.LocalAuthority
                ? "The local authority made this referral, so it decides it (local-authority-decision), not the school's headteacher."
                : "The school made this referral, so its headteacher decides it, not the local authority.");
        }
    }

    private void Move(ReferralStatus status, Caller by, string? note, DateTimeOffset now)
    {
        Status = status;
        History.Add(new ReferralStatusChange(status, by.OrganisationId, by.OrganisationType, note, now, by.ActingName));
    }

    private static string Name(ReferralStatus status) => EnumNames.Name(status).Replace('_', ' ');
}
