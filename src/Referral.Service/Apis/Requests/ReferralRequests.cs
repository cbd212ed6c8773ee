using System.ComponentModel.DataAnnotations;
using APPlatform.Referrals.Infrastructure;
using APPlatform.Referrals.Model;
using APPlatform.Referrals.Model.Referrals;
using APPlatform.ServiceDefaults.Errors;
using APPlatform.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace APPlatform.Referrals.Apis.Requests;

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
            return differences.Count == 0 ? pupil : throw new BusinessRuleException(
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

public sealed record ChronologyInput(
    [property: Required] DateOnly? On,
    [property: Required] ChronologyKind? Kind,
    [property: Required, StringLength(4000, MinimumLength = 5)] string Description,
    [property: StringLength(4000)] string? Impact);

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
    Guid? LocalAuthorityId = null);

public sealed record HeadteacherDecisionRequest(
    [property: Required] bool? Approved,
    [property: Required, StringLength(200)] string DecidedBy,
    [property: StringLength(4000)] string? Note,
    StaffMemberInput? ApLead);

public sealed record TrustDecisionRequest(
    [property: Required] bool? Approved,
    [property: Required, StringLength(200)] string DecidedBy,
    [property: StringLength(4000)] string? Note);

public sealed record StaffMemberInput(
    [property: Required, StringLength(200)] string Name,
    [property: Required, StringLength(100)] string Role,
    [property: EmailAddress, StringLength(200)] string? Email,
    [property: Phone, StringLength(40)] string? Phone)
{
    public StaffMember ToModel() => new(Name.Trim(), Role.Trim(), Email?.Trim(), Phone?.Trim());
}

public sealed record ObjectiveInput(
    [property: Required, StringLength(1000)] string Description,
    [property: Required, StringLength(1000)] string Measure,
    DateOnly? By);

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
public sealed record ReasonRequest([property: Required, StringLength(2000, MinimumLength = 3)] string Reason);
