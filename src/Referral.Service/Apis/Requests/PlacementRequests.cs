using System.ComponentModel.DataAnnotations;
using APPlatform.Referrals.Model.Placements;

namespace APPlatform.Referrals.Apis.Requests;

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

public sealed record IssueNotificationRequest(
    [property: Required, StringLength(200)] string SchoolName,
    [property: Required, StringLength(2000, MinimumLength = 10)] string Purpose,
    [property: Required, StringLength(2000, MinimumLength = 10)] string Reason,
    [property: Required, StringLength(200)] string IssuedBy);

public sealed record ArrangementsRequest(
    [property: Required, MinLength(1), MaxLength(10)] List<SessionInput> Timetable,
    DateOnly? PlannedEndDate,
    bool IsSoleProvision,
    [property: Required] StaffMemberInput PastoralContact,
    [property: Range(0, 100_000)] decimal? CostPerWeek) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => SessionInput.CheckDistinct(Timetable, nameof(Timetable));
}
