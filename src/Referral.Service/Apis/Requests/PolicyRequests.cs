using System.ComponentModel.DataAnnotations;
using APPlatform.Referrals.Model.Policies;
using APPlatform.Referrals.Model.Rules;

namespace APPlatform.Referrals.Apis.Requests;

/// <summary>The trust's own settings for its schools' referrals.</summary>
/// <param name="Approval">When the trust must approve a referral after the headteacher (policy §7).</param>
/// <param name="ApprovalCostPerWeek">With above_cost: the weekly cost in pounds above which the trust approves.</param>
/// <param name="MaxUnregisteredHoursPerWeek">
/// The policy's "XX hours": the most a pupil may spend at unregistered providers each week, 0 to 40.
/// </param>
public sealed record TrustPolicyRequest(
    [property: Required] TrustApprovalRule? Approval,
    [property: Range(0, 100_000)] decimal? ApprovalCostPerWeek,
    [property: Required, Range(0, 40)] decimal? MaxUnregisteredHoursPerWeek) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Approval == TrustApprovalRule.AboveCost && ApprovalCostPerWeek is null)
        {
            yield return new ValidationResult("Give the weekly cost above which the trust approves.", [nameof(ApprovalCostPerWeek)]);
        }
    }
}

/// <summary>A term of the school year.</summary>
/// <param name="Name">The term's name, e.g. Autumn 2026.</param>
/// <param name="Starts">Its first day (ISO date).</param>
/// <param name="Ends">Its last day (ISO date), not before the first.</param>
/// <param name="HalfTermStarts">
/// The half-term break's first day, inside the term; given with its end or not at all.
/// </param>
/// <param name="HalfTermEnds">The half-term break's last day.</param>
public sealed record TermInput(
    [property: Required, StringLength(60)] string Name,
    [property: Required] DateOnly? Starts,
    [property: Required] DateOnly? Ends,
    DateOnly? HalfTermStarts,
    DateOnly? HalfTermEnds) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Ends < Starts)
        {
            yield return new ValidationResult("A term ends after it starts.", [nameof(Ends)]);
        }

        if ((HalfTermStarts is null) != (HalfTermEnds is null) || HalfTermStarts < Starts || HalfTermEnds > Ends || HalfTermEnds < HalfTermStarts)
        {
            yield return new ValidationResult("A half-term has a start and an end, in order, inside its term.", [nameof(HalfTermStarts)]);
        }
    }

    public Term ToModel() => new(Name, Starts!.Value, Ends!.Value, HalfTermStarts, HalfTermEnds);
}

/// <summary>The school's calendar, from which school days are counted (notices, suspensions' day six).</summary>
/// <param name="Terms">1 to 30 terms.</param>
/// <param name="Closures">
/// Up to 100 weekdays inside a term when the school is closed, e.g. INSET days (ISO dates).
/// </param>
/// <param name="OffSiteDirectionReviewWeeks">
/// The governing board's interval between reviews of an off-site direction, 1 to 14 weeks (SI 2010/1156 reg 4);
/// 6, half-termly, when not given.
/// </param>
public sealed record SchoolCalendarRequest(
    [property: Required, MinLength(1), MaxLength(30)] List<TermInput> Terms,
    [property: MaxLength(100)] List<DateOnly>? Closures,
    [property: Range(1, OffSiteDirectionReviews.MaxWeeks)] int? OffSiteDirectionReviewWeeks);

/// <summary>A suspension, so the school's duty to provide from day six is tracked (EIA 2006 s100).</summary>
/// <param name="Pupil">The suspended pupil.</param>
/// <param name="FirstDay">The suspension's first school day (ISO date).</param>
/// <param name="SchoolDays">
/// How many school days it lasts, 1 to 45; over five makes provision from day six the school's duty.
/// </param>
public sealed record SuspensionRequest(
    [property: Required] PupilInput Pupil,
    [property: Required] DateOnly? FirstDay,
    [property: Required, Range(1, 45)] int? SchoolDays);
