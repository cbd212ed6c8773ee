using System.ComponentModel.DataAnnotations;
using APPlatform.Referrals.Model.Placements;

namespace APPlatform.Referrals.Apis.Requests;

/// <summary>The terms a placement is arranged on, which fix who commissions it and the attendance code.</summary>
/// <param name="CommissionerType">
/// Who commissions it; follows from the legal basis and is checked against it when given.
/// </param>
/// <param name="LegalBasis">The law the placement is made under (domain notes §1.1).</param>
/// <param name="RegistrationMode">
/// How the pupil is registered while at the provider; la_arranged only for the LA's placements.
/// </param>
/// <param name="Address">Where the pupil attends, up to 500 characters.</param>
/// <param name="PersonResponsible">The person at the provider responsible for the pupil.</param>
/// <param name="PastoralContact">The provider's pastoral contact for the pupil.</param>
/// <param name="IsSoleProvision">
/// Whether the provider is the pupil's only provision, rather than part of their week.
/// </param>
public sealed record PlanPlacementRequest(
    CommissionerType? CommissionerType,
    [property: Required] LegalBasis? LegalBasis,
    [property: Required] RegistrationMode? RegistrationMode,
    [property: Required, StringLength(500)] string Address,
    [property: Required] StaffMemberInput PersonResponsible,
    [property: Required] StaffMemberInput PastoralContact,
    bool IsSoleProvision) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (RegistrationMode == Model.Placements.RegistrationMode.LaArranged && Commissioner != Model.Placements.CommissionerType.LocalAuthority)
        {
            yield return new ValidationResult("Code K is for provision the LA arranged under s19, s42 or s61.", [nameof(RegistrationMode)]);
        }

        if (CommissionerType is { } named && named != Commissioner)
        {
            yield return new ValidationResult(Commissioner == Model.Placements.CommissionerType.LocalAuthority
                ? "A placement under s19 or an EHC plan is commissioned by the local authority."
                : "An off-site direction, a suspension's day-six provision or a placement the school arranges is commissioned by the school.",
                [nameof(CommissionerType)]);
        }
    }

    /// <summary>The legal basis decides who commissions: the LA's duties (s19, EHC plan) or the school's own powers.</summary>
    private CommissionerType? Commissioner => LegalBasis switch
    {
        null => null,
        Model.Placements.LegalBasis.LocalAuthoritySection19 or Model.Placements.LegalBasis.EhcPlan => Model.Placements.CommissionerType.LocalAuthority,
        _ => Model.Placements.CommissionerType.School,
    };

    public PlacementPlan ToModel() => new(
        Commissioner!.Value, LegalBasis!.Value, RegistrationMode!.Value, Address.Trim(), PersonResponsible.ToModel(), PastoralContact.ToModel(), IsSoleProvision);
}

/// <summary>The written notification to the parents of an off-site direction (trust policy §9).</summary>
/// <param name="SchoolName">The school directing the pupil.</param>
/// <param name="Purpose">What the placement is for, 10 to 2,000 characters.</param>
/// <param name="Reason">Why the pupil is directed off site, 10 to 2,000 characters.</param>
/// <param name="IssuedBy">Who issues the notice, e.g. the headteacher.</param>
public sealed record IssueNotificationRequest(
    [property: Required, StringLength(200)] string SchoolName,
    [property: Required, StringLength(2000, MinimumLength = 10)] string Purpose,
    [property: Required, StringLength(2000, MinimumLength = 10)] string Reason,
    [property: Required, StringLength(200)] string IssuedBy);

/// <summary>The placement's arrangements as they now are.</summary>
/// <param name="Timetable">The weekly sessions, 1 to 10, each day and session once.</param>
/// <param name="PlannedEndDate">The planned last day (ISO date).</param>
/// <param name="IsSoleProvision">Whether the provider is the pupil's only provision.</param>
/// <param name="PastoralContact">The provider's pastoral contact for the pupil.</param>
/// <param name="CostPerWeek">The price per week in pounds, 0 to 100,000.</param>
public sealed record ArrangementsRequest(
    [property: Required, MinLength(1), MaxLength(10)] List<SessionInput> Timetable,
    DateOnly? PlannedEndDate,
    bool IsSoleProvision,
    [property: Required] StaffMemberInput PastoralContact,
    [property: Range(0, 100_000)] decimal? CostPerWeek) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => SessionInput.CheckDistinct(Timetable, nameof(Timetable));
}
