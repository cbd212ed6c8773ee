using System.ComponentModel.DataAnnotations;
using APPlatform.Referrals.Infrastructure;
using APPlatform.Referrals.Model;
using APPlatform.Referrals.Model.Referrals;
using APPlatform.ServiceDefaults.Errors;
using APPlatform.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace APPlatform.Referrals.Apis.Requests;

/// <summary>A parent or carer of the pupil.</summary>
/// <param name="Name">Full name, up to 200 characters.</param>
/// <param name="Relationship">Their relationship to the pupil, e.g. Mother, Foster carer.</param>
/// <param name="Email">Email address, for letters about the placement.</param>
/// <param name="Phone">Phone number.</param>
/// <param name="Address">Postal address, up to 500 characters.</param>
public sealed record CarerInput(
    [property: Required, StringLength(200)] string Name,
    [property: Required, StringLength(60)] string Relationship,
    [property: EmailAddress, StringLength(200)] string? Email,
    [property: Phone, StringLength(40)] string? Phone,
    [property: StringLength(500)] string? Address)
{
    public Carer ToModel() => new(Name.Trim(), Relationship.Trim(), Email?.Trim(), Phone?.Trim(), Address?.Trim());
}

/// <summary>The pupil as the school records them; the UPN finds a pupil the school has referred before.</summary>
/// <param name="Upn">
/// The unique pupil number: 13 characters, a check letter then 11 digits and a digit or letter (DfE UPN guidance).
/// </param>
/// <param name="FirstName">Legal first name.</param>
/// <param name="LastName">Legal surname.</param>
/// <param name="DateOfBirth">Date of birth (ISO date), fitting the year group for this academic year.</param>
/// <param name="YearGroup">National Curriculum year, 0 (reception) to 14.</param>
/// <param name="Sen">The pupil's SEN provision; none when omitted.</param>
/// <param name="EhcpCaseworker">
/// The LA caseworker for the EHC plan; required with ehc_plan, told of the referral by the SENCO (policy §10.8).
/// </param>
/// <param name="IsLookedAfter">Whether the pupil is looked after by a local authority.</param>
/// <param name="VirtualSchoolHead">The virtual school head; required for a looked-after pupil (policy §7).</param>
/// <param name="SocialWorker">The pupil's social worker; required for a looked-after pupil (policy §7).</param>
/// <param name="Protection">Any child in need or child protection plan; none when omitted.</param>
/// <param name="FreeSchoolMeals">Whether the pupil is eligible for free school meals.</param>
/// <param name="Carers">Up to 6 parents or carers.</param>
public sealed record PupilInput(
    [property: Required, RegularExpression(UniquePupilNumber.Pattern, ErrorMessage = "A UPN is a letter, eleven digits and a digit or letter (13 characters).")] string Upn,
    [property: Required, StringLength(100)] string FirstName,
    [property: Required, StringLength(100)] string LastName,
    [property: Required] DateOnly? DateOfBirth,
    [property: Required, Range(0, 14)] int? YearGroup,
    SenProvision? Sen,
    [property: StringLength(200)] string? EhcpCaseworker,
    bool IsLookedAfter,
    [property: StringLength(200)] string? VirtualSchoolHead,
    [property: StringLength(200)] string? SocialWorker,
    ChildProtectionStatus? Protection,
    bool FreeSchoolMeals,
    [property: MaxLength(6)] List<CarerInput>? Carers) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Upn is not null && UniquePupilNumber.CheckLetterFor(Upn) is { } letter && letter != Upn[0])
        {
            yield return new ValidationResult($"This UPN's check letter does not match its digits (they give {letter}): check the UPN.", [nameof(Upn)]);
        }

        var today = validationContext.GetRequiredService<TimeProvider>().TodayInEngland();
        if (DateOfBirth is { } born && YearGroup is { } year && YearGroups.Problem(born, year, today) is { } problem)
        {
            yield return new ValidationResult(problem, [nameof(DateOfBirth)]);
        }

        if (Sen == SenProvision.EhcPlan && string.IsNullOrWhiteSpace(EhcpCaseworker))
        {
            yield return new ValidationResult("Name the LA caseworker for a pupil with an EHC plan: the SENCO tells them of the referral (policy §10.8).", [nameof(EhcpCaseworker)]);
        }

        if (IsLookedAfter && (string.IsNullOrWhiteSpace(VirtualSchoolHead) || string.IsNullOrWhiteSpace(SocialWorker)))
        {
            yield return new ValidationResult("Name the virtual school head and social worker of a looked-after pupil (policy §7).", [nameof(VirtualSchoolHead)]);
        }
    }

    /// <summary>
    /// The school's pupil with this UPN, or added: one record per pupil however many referrals. A pupil only in drafts
    /// is brought up to date; a live one (a referral past draft, or a placement, which their provider may read) changes
    /// only through <see cref="PupilsApi.UpdatePupil"/>, so a draft that disagrees with the record is refused.
    /// </summary>
    public async Task<Pupil> RecordAsync(ReferralDbContext db, Guid schoolId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var pupil = await db.Pupils.SingleOrDefaultAsync(p => p.SchoolId == schoolId && p.Upn == Upn, cancellationToken);
        if (pupil is null)
        {
            pupil = new Pupil { Id = Guid.CreateVersion7(now), SchoolId = schoolId, Upn = Upn, FirstName = "", LastName = "" };
            db.Pupils.Add(pupil);
        }
        else if (await db.IsLiveAsync(pupil, cancellationToken))
        {
            var differences = ChangesTo(pupil);
            return differences.Count == 0 ? pupil : throw new StateConflictException(
                $"The pupil with this UPN has a referral past draft or a placement, and the details given differ from their record ({string.Join(", ", differences)}). " +
                $"Change the record first (PUT /api/referrals/pupils/{pupil.Id}), or give the details as they are.");
        }

        ApplyTo(pupil);
        return pupil;
    }

    /// <summary>The names of the fields in which this input differs from the record.</summary>
    public IReadOnlyList<string> ChangesTo(Pupil pupil)
    {
        var proposed = new Pupil { Upn = Upn, FirstName = "", LastName = "" };
        ApplyTo(proposed);
        return Pupil.Differences(pupil, proposed).ToList();
    }

    public void ApplyTo(Pupil pupil)
    {
        pupil.Upn = Upn;
        pupil.FirstName = FirstName.Trim();
        pupil.LastName = LastName.Trim();
        pupil.DateOfBirth = DateOfBirth!.Value;
        pupil.YearGroup = YearGroup!.Value;
        pupil.Sen = Sen ?? SenProvision.None;
        pupil.EhcpCaseworker = EhcpCaseworker;
        pupil.IsLookedAfter = IsLookedAfter;
        pupil.VirtualSchoolHead = VirtualSchoolHead;
        pupil.SocialWorker = SocialWorker;
        pupil.Protection = Protection ?? ChildProtectionStatus.None;
        pupil.FreeSchoolMeals = FreeSchoolMeals;
        pupil.Carers = Carers?.Select(c => c.ToModel()).ToList() ?? [];
    }
}

/// <summary>One session a week at the provider.</summary>
/// <param name="Day">A school day, monday to friday.</param>
/// <param name="Session">AM or PM; a day has at most one of each.</param>
/// <param name="Starts">Start time, local (HH:mm:ss).</param>
/// <param name="Ends">End time, local (HH:mm:ss), after the start.</param>
public sealed record SessionInput(
    [property: Required] DayOfWeek? Day,
    [property: Required] Session? Session,
    [property: Required] TimeOnly? Starts,
    [property: Required] TimeOnly? Ends) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Day is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            yield return new ValidationResult("Sessions are on school days, Monday to Friday.", [nameof(Day)]);
        }

        if (Starts >= Ends)
        {
            yield return new ValidationResult("A session ends after it starts.", [nameof(Ends)]);
        }
    }

    public WeeklySession ToModel() => new(Day!.Value, Session!.Value, Starts!.Value, Ends!.Value);

    public static List<WeeklySession> ToModel(List<SessionInput> timetable) => timetable.Select(s => s.ToModel()).ToList();

    /// <summary>Each day has at most one morning and one afternoon session.</summary>
    public static IEnumerable<ValidationResult> CheckDistinct(List<SessionInput>? timetable, string member) =>
        timetable is not null && timetable.GroupBy(s => (s.Day, s.Session)).Any(g => g.Count() > 1)
            ? [new ValidationResult("The timetable has the same day and session twice.", [member])]
            : [];
}

/// <summary>The provision proposed for the pupil.</summary>
/// <param name="ProviderId">The provider in the directory.</param>
/// <param name="SiteId">Which of its sites, if it has several.</param>
/// <param name="Timetable">The weekly sessions, 1 to 10, each day and session once.</param>
/// <param name="StartDate">The proposed first day (ISO date).</param>
/// <param name="PlannedEndDate">The planned last day (ISO date), after the start.</param>
/// <param name="CostPerWeek">The provider's price per week in pounds, 0 to 100,000.</param>
/// <param name="Budget">The total agreed for the placement in pounds, 0 to 1,000,000.</param>
public sealed record ProposalInput(
    [property: Required] Guid? ProviderId,
    Guid? SiteId,
    [property: Required, MinLength(1), MaxLength(10)] List<SessionInput> Timetable,
    [property: Required] DateOnly? StartDate,
    DateOnly? PlannedEndDate,
    [property: Range(0, 100_000)] decimal? CostPerWeek,
    [property: Range(0, 1_000_000)] decimal? Budget) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PlannedEndDate <= StartDate)
        {
            yield return new ValidationResult("The planned end is after the start.", [nameof(PlannedEndDate)]);
        }

        foreach (var problem in SessionInput.CheckDistinct(Timetable, nameof(Timetable)))
        {
            yield return problem;
        }
    }

    public Proposal ToModel() => new(ProviderId!.Value, SiteId, SessionInput.ToModel(Timetable), StartDate!.Value, PlannedEndDate, CostPerWeek, Budget);
}

/// <summary>An event in the pupil's history that led to the referral.</summary>
/// <param name="On">When it happened (ISO date).</param>
/// <param name="Kind">What kind of event it was.</param>
/// <param name="Description">What happened, 5 to 4,000 characters.</param>
/// <param name="Impact">What difference it made, up to 4,000 characters.</param>
public sealed record ChronologyInput(
    [property: Required] DateOnly? On,
    [property: Required] ChronologyKind? Kind,
    [property: Required, StringLength(4000, MinimumLength = 5)] string Description,
    [property: StringLength(4000)] string? Impact);

/// <summary>A school's referral of a pupil to alternative provision, saved as a draft.</summary>
/// <param name="Pupil">The pupil; the UPN finds one the school has referred before.</param>
/// <param name="Reasons">Why the pupil is referred, at least one (policy §4).</param>
/// <param name="ReasonDetail">The reasons in the school's words, up to 4,000 characters.</param>
/// <param name="Route">How the pupil comes to attend: with the parents' agreement or by an off-site direction.</param>
/// <param name="Needs">The pupil's needs the provision must meet, up to 4,000 characters.</param>
/// <param name="Proposal">The provider, timetable, dates and cost proposed.</param>
/// <param name="UnregisteredJustification">
/// Why an unregistered provider is used, for the exceptional circumstances the policy requires (policy §5).
/// </param>
/// <param name="Chronology">Up to 200 earlier events: support tried, agencies, meetings.</param>
/// <param name="SchoolId">
/// The referring school: a school's own (or omitted); named by a platform admin acting for a school.
/// </param>
/// <param name="TrustId">
/// The school's trust, if any: a school's own from its token (or omitted); named by a platform admin.
/// </param>
/// <param name="LocalAuthorityId">
/// The school's local authority: a school's own from its token (or omitted); named by a platform admin; a local
/// authority's own (or omitted) when it refers.
/// </param>
/// <param name="ArrangedByLocalAuthority">
/// When the local authority refers a pupil it arranges provision for, the duty it arranges under; required of a local
/// authority, refused from a school.
/// </param>
public sealed record CreateReferralRequest(
    [property: Required] PupilInput Pupil,
    [property: Required, MinLength(1)] List<ReferralReason> Reasons,
    [property: StringLength(4000)] string? ReasonDetail,
    ReferralRoute? Route,
    [property: StringLength(4000)] string? Needs,
    [property: Required] ProposalInput Proposal,
    [property: StringLength(4000)] string? UnregisteredJustification,
    [property: MaxLength(200)] List<ChronologyInput>? Chronology,
    Guid? SchoolId,
    Guid? TrustId = null,
    Guid? LocalAuthorityId = null,
    LocalAuthorityArrangementInput? ArrangedByLocalAuthority = null) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ArrangedByLocalAuthority is not null && Route == ReferralRoute.OffSiteDirection)
        {
            yield return new ValidationResult("An off-site direction is the school's; the local authority refers with the parents' agreement.", [nameof(Route)]);
        }
    }
}

/// <summary>Why the local authority arranges the pupil's provision.</summary>
/// <param name="Duty">permanent_exclusion or health_needs (s19), or ehc_plan (provision in an EHC plan).</param>
/// <param name="ExcludedFrom">
/// A permanent exclusion's first day (ISO date), from which the sixth school day is counted; only for a permanent
/// exclusion. The pupil stays on the excluding school's roll, which is the school named, until the exclusion is final.
/// </param>
public sealed record LocalAuthorityArrangementInput([property: Required] LocalAuthorityDuty? Duty, DateOnly? ExcludedFrom) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if ((Duty == LocalAuthorityDuty.PermanentExclusion) != ExcludedFrom.HasValue)
        {
            yield return new ValidationResult("Give the exclusion's first day for a permanent exclusion, and only then.", [nameof(ExcludedFrom)]);
        }
    }
}

/// <summary>The headteacher's decision on a submitted referral (policy §7).</summary>
/// <param name="Approved">true approves the referral; false declines it.</param>
/// <param name="DecidedBy">The headteacher's name, when a system records the decision; a signed-in headteacher decides in their own name.</param>
/// <param name="Note">The reasons, up to 4,000 characters.</param>
/// <param name="ApLead">The member of staff who leads the placement, when approved.</param>
public sealed record HeadteacherDecisionRequest(
    [property: Required] bool? Approved,
    [property: StringLength(200)] string? DecidedBy,
    [property: StringLength(4000)] string? Note,
    StaffMemberInput? ApLead);

/// <summary>
/// The trust's decision where its policy asks it to approve after the headteacher (policy §7); or the local
/// authority's, alone, on a referral it made.
/// </summary>
/// <param name="Approved">true approves the referral; false declines it.</param>
/// <param name="DecidedBy">The name of the person deciding for the trust or LA, when a system records the decision; a signed-in person decides in their own name.</param>
/// <param name="Note">The reasons, up to 4,000 characters.</param>
public sealed record TrustDecisionRequest(
    [property: Required] bool? Approved,
    [property: StringLength(200)] string? DecidedBy,
    [property: StringLength(4000)] string? Note);

/// <summary>A named member of staff, or another person present.</summary>
/// <param name="Name">Full name, up to 200 characters.</param>
/// <param name="Role">Role, e.g. AP lead, Parent, up to 100 characters.</param>
/// <param name="Email">Email address.</param>
/// <param name="Phone">Phone number.</param>
public sealed record StaffMemberInput(
    [property: Required, StringLength(200)] string Name,
    [property: Required, StringLength(100)] string Role,
    [property: EmailAddress, StringLength(200)] string? Email,
    [property: Phone, StringLength(40)] string? Phone)
{
    public StaffMember ToModel() => new(Name.Trim(), Role.Trim(), Email?.Trim(), Phone?.Trim());
}

/// <summary>A SMART objective for the pupil.</summary>
/// <param name="Description">What the pupil is to achieve, up to 1,000 characters.</param>
/// <param name="Measure">How achieving it is measured, up to 1,000 characters.</param>
/// <param name="By">When it is to be achieved (ISO date).</param>
public sealed record ObjectiveInput(
    [property: Required, StringLength(1000)] string Description,
    [property: Required, StringLength(1000)] string Measure,
    DateOnly? By);

/// <summary>The personalised plan for the placement (policy §8).</summary>
/// <param name="Objectives">1 to 20 objectives.</param>
/// <param name="Baseline">Where the pupil is now: attainment, attendance, behaviour.</param>
/// <param name="Timeframes">How long the placement and its stages last.</param>
/// <param name="AssessmentAndMonitoring">How progress is assessed and monitored, and by whom.</param>
/// <param name="EhcPlanLinks">How the plan meets the outcomes of an EHC plan, if the pupil has one.</param>
/// <param name="ReintegrationTarget">The aim for the pupil's return to mainstream school.</param>
/// <param name="ReintegrationBy">When the pupil should return (ISO date).</param>
public sealed record PlanRequest(
    [property: Required, MinLength(1), MaxLength(20)] List<ObjectiveInput> Objectives,
    [property: Required, StringLength(4000)] string Baseline,
    [property: Required, StringLength(2000)] string Timeframes,
    [property: Required, StringLength(4000)] string AssessmentAndMonitoring,
    [property: StringLength(4000)] string? EhcPlanLinks,
    [property: Required, StringLength(2000)] string ReintegrationTarget,
    DateOnly? ReintegrationBy)
{
    public PersonalisedPlan ToModel() => new(
        Objectives.Select(o => new PlanObjective(o.Description, o.Measure, o.By)).ToList(),
        Baseline, Timeframes, AssessmentAndMonitoring, EhcPlanLinks, ReintegrationTarget, ReintegrationBy);
}

/// <summary>The meeting with the parents about the placement, and whether they agreed (policy §7).</summary>
/// <param name="MeetingOn">When the meeting was held (ISO date).</param>
/// <param name="Attendees">1 to 20 people at the meeting.</param>
/// <param name="Agreed">Whether the parents agreed to the placement.</param>
/// <param name="Responsibilities">
/// What the school, provider, parents and pupil each undertake; required when agreed.
/// </param>
/// <param name="ReviewEveryWeeks">
/// How often the agreement is reviewed, in weeks (1 to 52); required when agreed, at least termly.
/// </param>
/// <param name="ConcernsRoute">
/// How concerns are shared between school, provider and parents; required when agreed (policy §11).
/// </param>
/// <param name="RefusalReason">Why the parents refused, when they did.</param>
public sealed record ParentAgreementRequest(
    [property: Required] DateOnly? MeetingOn,
    [property: Required, MinLength(1), MaxLength(20)] List<StaffMemberInput> Attendees,
    [property: Required] bool? Agreed,
    [property: StringLength(4000)] string? Responsibilities,
    [property: Range(1, 52)] int? ReviewEveryWeeks,
    [property: StringLength(2000)] string? ConcernsRoute,
    [property: StringLength(2000)] string? RefusalReason) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Agreed == true && (string.IsNullOrWhiteSpace(Responsibilities) || ReviewEveryWeeks is null || string.IsNullOrWhiteSpace(ConcernsRoute)))
        {
            yield return new ValidationResult(
                "An agreement records the responsibilities, how often it is reviewed and how concerns are shared (policy §7, §11).",
                [nameof(Responsibilities), nameof(ReviewEveryWeeks), nameof(ConcernsRoute)]);
        }
    }
}

/// <summary>A reason given with a step: why a referral is withdrawn, or what more the decision needs.</summary>
/// <param name="Reason">The reason, 3 to 2,000 characters.</param>
public sealed record ReasonRequest([property: Required, StringLength(2000, MinimumLength = 3)] string Reason);
