using System.ComponentModel.DataAnnotations;
using APPlatform.Referrals.Model.Policies;

namespace APPlatform.Referrals.Apis.Requests;

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

public sealed record SchoolCalendarRequest(
    [property: Required, MinLength(1), MaxLength(30)] List<TermInput> Terms,
    [property: MaxLength(100)] List<DateOnly>? Closures);

public sealed record SuspensionRequest(
    [property: Required] PupilInput Pupil,
    [property: Required] DateOnly? FirstDay,
    [property: Required, Range(1, 45)] int? SchoolDays);
