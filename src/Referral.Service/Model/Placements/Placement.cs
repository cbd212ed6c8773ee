using APPlatform.Contracts.Placements;
using APPlatform.Referrals.Model.Policies;
using APPlatform.Referrals.Model.Referrals;
using APPlatform.Referrals.Model.Rules;
using APPlatform.ServiceDefaults.Apis;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Errors;

namespace APPlatform.Referrals.Model.Placements;

/// <summary>
/// A pupil's placement with a provider: who commissions it and under what law, where, how registered, the weekly
/// timetable and money; planned → active → ending → ended, and what happens along the way (reviews, visits, incidents,
/// reports, the return to school). The commissioner keeps responsibility throughout.
/// </summary>
public sealed class Placement
{
    /// <summary>The placement's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The referral it was planned from.</summary>
    public Guid ReferralId { get; init; }

    /// <summary>The pupil placed.</summary>
    public Guid PupilId { get; init; }

    /// <summary>The pupil's school.</summary>
    public Guid SchoolId { get; init; }

    /// <summary>The school's trust, if any.</summary>
    public Guid? TrustId { get; init; }

    /// <summary>The school's local authority.</summary>
    public Guid? LocalAuthorityId { get; init; }

    /// <summary>Who commissions it, which follows from the legal basis.</summary>
    public CommissionerType CommissionerType { get; init; }

    /// <summary>The commissioning school or local authority.</summary>
    public Guid CommissionerId { get; init; }

    /// <summary>The law it is made under.</summary>
    public LegalBasis LegalBasis { get; init; }

    /// <summary>The provider in the directory.</summary>
    public Guid ProviderId { get; set; }

    /// <summary>The provider's site, if named.</summary>
    public Guid? SiteId { get; set; }

    /// <summary>The address the pupil attends, as the letter gives it.</summary>
    public required string Address { get; set; }

    /// <summary>The person responsible for the provision (policy §9).</summary>
    public required StaffMember PersonResponsible { get; set; }

    /// <summary>How the pupil is registered while at the provider.</summary>
    public RegistrationMode RegistrationMode { get; init; }

    /// <summary>The weekly sessions.</summary>
    public List<WeeklySession> Timetable { get; set; } = [];

    /// <summary>The first day (ISO date).</summary>
    public DateOnly StartDate { get; set; }

    /// <summary>The planned last day (ISO date).</summary>
    public DateOnly? PlannedEndDate { get; set; }

    /// <summary>The actual last day (ISO date), once ended.</summary>
    public DateOnly? EndedOn { get; private set; }

    /// <summary>Why it ended, once ended.</summary>
    public PlacementEndReason? EndReason { get; private set; }

    /// <summary>The provider is the pupil's sole provision, which makes it full-time whatever the hours.</summary>
    public bool IsSoleProvision { get; set; }

    /// <summary>The member of school staff who gives the pupil pastoral support while away (policy §9, §10.4).</summary>
    public required StaffMember PastoralContact { get; set; }

    /// <summary>The price per week, in pounds.</summary>
    public decimal? CostPerWeek { get; set; }

    /// <summary>
    /// From the pupil's record, as flags only: the registration threshold rule needs them. Set when planned, and
    /// again only when the school changes the pupil's record (<see cref="FollowPupil"/>).
    /// </summary>
    public bool IsLookedAfter { get; private set; }

    /// <summary>
    /// Whether the pupil has an EHC plan, from their record; the registration threshold rule needs it.
    /// </summary>
    public bool HasEhcPlan { get; private set; }

    /// <summary>Where the placement stands.</summary>
    public PlacementStatus Status { get; private set; }

    /// <summary>Each change of status, when and by whom.</summary>
    public List<PlacementStatusChange> History { get; private set; } = [];

    /// <summary>Every written notification to the parents (policy §9), oldest first.</summary>
    public List<ParentNotice> Notices { get; private set; } = [];

    /// <summary>The review meetings held.</summary>
    public List<Review> Reviews { get; private set; } = [];

    /// <summary>The parents' requests for a review of an off-site direction.</summary>
    public List<ReviewAskedFor> ReviewsAskedFor { get; private set; } = [];

    /// <summary>The school's visits to the pupil (policy §10.4).</summary>
    public List<Visit> Visits { get; private set; } = [];

    /// <summary>Incidents the provider reported, and the school's acknowledgements.</summary>
    public List<Incident> Incidents { get; private set; } = [];

    /// <summary>The plan for the pupil's return (policy §13), once agreed.</summary>
    public ReintegrationPlan? ReintegrationPlan { get; private set; }

    /// <summary>The provider's report at the end, once submitted.</summary>
    public FinalReport? FinalReport { get; private set; }

    /// <summary>What the pupil thought of it, recorded at the end.</summary>
    public string? PupilViews { get; private set; }

    /// <summary>Where the pupil went next, once ended.</summary>
    public Destination? Destination { get; private set; }

    /// <summary>The timetable's hours a week.</summary>
    public decimal HoursPerWeek => Timetable.Sum(s => s.Hours);

    /// <summary>Formal reviews since the last one that saw improvement (<see cref="ThreeFormalReviews"/>).</summary>
    public int FormalReviewsWithoutImprovement => ThreeFormalReviews.WithoutImprovement(Reviews);

    /// <summary>When the last review of the placement itself was held (an EHC plan's annual review is not one).</summary>
    public DateOnly? LastReviewHeldOn => Reviews.Where(r => ReviewsThePlacement(r.Kind)).Max(r => (DateOnly?)r.HeldOn);

    /// <summary>
    /// Whether three formal reviews in a row found no improvement, so the placement may end (policy §12).
    /// </summary>
    public bool MayEndForLackOfProgress => ThreeFormalReviews.AllowEnding(Reviews);

    /// <summary>
    /// Whether the pupil was placed on any day from <paramref name="from"/> to <paramref name="to"/>: it started by
    /// <paramref name="to"/> and had not ended before <paramref name="from"/>. One still planned, or cancelled before
    /// it started, never ran. The school census and the trust report both count placements by it.
    /// </summary>
    public bool RanBetween(DateOnly from, DateOnly to) =>
        Status != PlacementStatus.Planned && EndReason != PlacementEndReason.Cancelled && StartDate <= to && (EndedOn is null || EndedOn >= from);

    /// <summary>The latest written notification to the parents (policy §9).</summary>
    public ParentNotice? LatestNotice => Notices.MaxBy(n => n.IssuedAt);

    /// <summary>
    /// When the provider first passed the listing and audit checks for this placement; until then the provider does
    /// not see it (nor the pupil). Once shared it stays shared: the provider has seen it.
    /// </summary>
    public DateTimeOffset? SharedWithProviderAt { get; private set; }

    public void ShareWithProvider(DateTimeOffset now) => SharedWithProviderAt ??= now;

    /// <summary>Takes the pupil's flags again after an explicit change of their record; true when they changed.</summary>
    public bool FollowPupil(Pupil pupil)
    {
        var flags = (pupil.IsLookedAfter, pupil.Sen == SenProvision.EhcPlan);
        if ((IsLookedAfter, HasEhcPlan) == flags)
        {
            return false;
        }

        (IsLookedAfter, HasEhcPlan) = flags;
        return true;
    }

    /// <summary>
    /// Plans the referral's proposal. Only the local authority commissions (s19, an EHC plan): a school arranges its
    /// own, and a placement the LA commissions needs the school's LA to be known.
    /// </summary>
    public static Placement Plan(Guid id, Referral referral, Pupil pupil, PlacementPlan plan, Caller by, DateTimeOffset now)
    {
        if (!by.MayCommissionAs(plan.CommissionerType, referral))
        {
            throw new NotPermittedException(
                "Only the local authority commissions a placement (s19, or provision in an EHC plan): a school arranges its own, under school_arranged, suspension_day_six or off_site_direction.");
        }

        if (plan.CommissionerType == CommissionerType.LocalAuthority && referral.LocalAuthorityId is null)
        {
            throw new RuleViolationException("The school's local authority is not known, so it cannot commission this placement.");
        }

        var placement = new Placement
        {
            Id = id,
            ReferralId = referral.Id,
            PupilId = referral.PupilId,
            SchoolId = referral.SchoolId,
            TrustId = referral.TrustId,
            LocalAuthorityId = referral.LocalAuthorityId,
            CommissionerType = plan.CommissionerType,
            CommissionerId = plan.CommissionerType == CommissionerType.School ? referral.SchoolId : referral.LocalAuthorityId!.Value,
            LegalBasis = plan.LegalBasis,
            ProviderId = referral.Proposal.ProviderId,
            SiteId = referral.Proposal.SiteId,
            Address = plan.Address,
            PersonResponsible = plan.PersonResponsible,
            RegistrationMode = plan.RegistrationMode,
            Timetable = referral.Proposal.Timetable,
            StartDate = referral.Proposal.StartDate,
            PlannedEndDate = referral.Proposal.PlannedEndDate,
            IsSoleProvision = plan.IsSoleProvision,
            PastoralContact = plan.PastoralContact,
            CostPerWeek = referral.Proposal.CostPerWeek,
            IsLookedAfter = pupil.IsLookedAfter,
            HasEhcPlan = pupil.Sen == SenProvision.EhcPlan,
        };
        placement.Move(PlacementStatus.Planned, by, null, now);
        return placement;
    }

    public void Issue(ParentNotice notice)
    {
        RequireOneOf("notified", PlacementStatus.Planned, PlacementStatus.Active);
        Notices.Add(notice);
    }

    public void Start(Caller by, DateTimeOffset now)
    {
        RequireOneOf("started", PlacementStatus.Planned);
        Move(PlacementStatus.Active, by, null, now);
    }

    /// <summary>
    /// The placement's arrangements change; the caller publishes PlacementChanged. The cap on hours at an unregistered
    /// provider that the start applied holds for every change too (<see cref="UnregisteredHoursCap"/>).
    /// </summary>
    public void Rearrange(
        List<WeeklySession> timetable, DateOnly? plannedEndDate, bool isSoleProvision, StaffMember pastoralContact, decimal? costPerWeek,
        UnregisteredHoursCap cap)
    {
        RequireOneOf("changed", PlacementStatus.Planned, PlacementStatus.Active, PlacementStatus.Ending);
        var hours = timetable.Sum(s => s.Hours);
        if (!cap.Allows(hours, HoursPerWeek))
        {
            var breach = cap.Breach(hours);
            throw new RuleViolationException($"{char.ToUpperInvariant(breach[0])}{breach[1..]}.");
        }

        Timetable = timetable;
        PlannedEndDate = plannedEndDate;
        IsSoleProvision = isSoleProvision;
        PastoralContact = pastoralContact;
        CostPerWeek = costPerWeek;
    }

    /// <summary>
    /// Records a review; true when it is the formal review that makes ending available (<see cref="ThreeFormalReviews"/>),
    /// which the caller announces.
    /// </summary>
    public bool RecordReview(Review review)
    {
        RequireOneOf("reviewed", PlacementStatus.Active, PlacementStatus.Ending);
        var endingNowAvailable = ThreeFormalReviews.MakeEndingAvailable(Reviews, review);
        Reviews.Add(review);
        return endingNowAvailable;
    }

    /// <summary>Agreement, formal and parent-requested reviews review the placement, and so reset the clock for the next.</summary>
    public static bool ReviewsThePlacement(ReviewKind kind) => kind is ReviewKind.Agreement or ReviewKind.Formal or ReviewKind.ParentRequested;

    /// <summary>The parents of a pupil directed off site ask for a review (<see cref="OffSiteDirectionReviews"/>).</summary>
    public void RecordReviewAskedFor(ReviewAskedFor request)
    {
        RequireOneOf("reviewed", PlacementStatus.Active, PlacementStatus.Ending);
        if (LegalBasis != LegalBasis.OffSiteDirection)
        {
            throw new RuleViolationException("Only an off-site direction gives the parents a right to ask for a review; this placement is not one.");
        }

        OffSiteDirectionReviews.CheckRequest(request.AskedOn, LastReviewHeldOn, request.RecordedAt);
        ReviewsAskedFor.Add(request);
    }

    public void RecordVisit(Visit visit)
    {
        RequireOneOf("visited", PlacementStatus.Active, PlacementStatus.Ending);
        Visits.Add(visit);
    }

    public void ReportIncident(Incident incident)
    {
        RequireOneOf("the subject of an incident report", PlacementStatus.Active, PlacementStatus.Ending);
        Incidents.Add(incident);
    }

    /// <summary>Ending begins with the reintegration plan agreed with the provider (policy §13).</summary>
    public void BeginEnding(ReintegrationPlan plan, Caller by, DateTimeOffset now)
    {
        RequireOneOf("ended", PlacementStatus.Active, PlacementStatus.Ending);
        ReintegrationPlan = plan;
        if (Status == PlacementStatus.Active)
        {
            Move(PlacementStatus.Ending, by, null, now);
        }
    }

    public void SubmitFinalReport(FinalReport report)
    {
        RequireOneOf("given a final report", PlacementStatus.Active, PlacementStatus.Ending);
        FinalReport = report;
    }

    /// <summary>
    /// Ends a running placement. Ending for lack of progress needs three formal reviews without improvement; a return to
    /// school needs the final report, the pupil's views and the reintegration plan first (policy §12–§13).
    /// </summary>
    public void End(PlacementEndReason reason, DateOnly endedOn, string? pupilViews, Destination destination, string? note, Caller by, DateTimeOffset now)
    {
        RequireOneOf("ended", PlacementStatus.Active, PlacementStatus.Ending);
        if (reason == PlacementEndReason.Cancelled)
        {
            throw new RuleViolationException("A placement that has started is ended, not cancelled.");
        }

        if (reason == PlacementEndReason.ThreeFailedReviews && !MayEndForLackOfProgress)
        {
            throw new StateConflictException(
                $"Ending for lack of progress needs {ThreeFormalReviews.Limit} formal reviews without improvement; there have been {FormalReviewsWithoutImprovement}.");
        }

        if (reason == PlacementEndReason.Reintegrated)
        {
            var missing = new[]
            {
                FinalReport is null ? "the provider's final report" : null,
                string.IsNullOrWhiteSpace(pupilViews) ? "the pupil's views" : null,
                ReintegrationPlan is null ? "the reintegration plan" : null,
            }.OfType<string>().ToList();
            if (missing.Count > 0)
            {
                throw new RuleViolationException($"Before the pupil returns, record {string.Join(", ", missing)} (trust policy §13).");
            }
        }

        if (endedOn < StartDate)
        {
            throw new RuleViolationException($"The placement started on {StartDate:yyyy-MM-dd}; it cannot end before that.");
        }

        EndedOn = endedOn;
        EndReason = reason;
        PupilViews = pupilViews;
        Destination = destination;
        Move(PlacementStatus.Ended, by, note, now);
    }

    /// <summary>A planned placement that will not go ahead (its referral was withdrawn).</summary>
    public void Cancel(Caller by, string reason, DateTimeOffset now)
    {
        RequireOneOf("cancelled", PlacementStatus.Planned);
        EndReason = PlacementEndReason.Cancelled;
        Move(PlacementStatus.Ended, by, reason, now);
    }

    /// <summary>What other services and LA systems are told of the placement, full time by the platform's one definition.</summary>
    public PlacementDetails ToDetails(FullTimeEducation fullTime) => new(
        Id, PupilId, SchoolId, CommissionerId, EnumNames.Name(CommissionerType), LocalAuthorityId, ProviderId, SiteId,
        EnumNames.Name(RegistrationMode), StartDate, EndedOn ?? PlannedEndDate,
        Timetable.Select(s => new TimetabledSession(s.Day, s.Session.ToString(), s.Starts, s.Ends)).ToList(),
        HoursPerWeek, fullTime.IsFullTime(this), IsLookedAfter, HasEhcPlan);

    private void RequireOneOf(string action, params PlacementStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new StateConflictException($"The placement is {EnumNames.Name(Status)}, so it cannot be {action}.");
        }
    }

    private void Move(PlacementStatus status, Caller by, string? note, DateTimeOffset now)
    {
        Status = status;
        History.Add(new PlacementStatusChange(status, by.OrganisationId, note, now, by.ActingName));
    }
}

/// <summary>What the school decides when it plans the placement, beyond the referral's proposal.</summary>
public sealed record PlacementPlan(
    CommissionerType CommissionerType,
    LegalBasis LegalBasis,
    RegistrationMode RegistrationMode,
    string Address,
    StaffMember PersonResponsible,
    StaffMember PastoralContact,
    bool IsSoleProvision);
