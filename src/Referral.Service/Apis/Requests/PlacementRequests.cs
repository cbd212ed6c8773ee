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
        var laArranged = LegalBasis is Model.Placements.LegalBasis.LocalAuthoritySection19 or Model.Placements.LegalBasis.EhcPlan;
        if (RegistrationMode == Model.Placements.RegistrationMode.LaArranged && !laArranged)
        {
            yield return new ValidationResult("Code K is for provision the LA arranged under s19, s42 or s61.", [nameof(RegistrationMode)]);
        }

        if (laArranged && CommissionerType == Model.Placements.CommissionerType.School)
        {
            yield return new ValidationResult("A placement under s19 or an EHC plan is commissioned by the local authority.", [nameof(CommissionerType)]);
        }
    }

    public PlacementPlan ToModel() => new(
        CommissionerType ?? (LegalBasis is Model.Placements.LegalBasis.LocalAuthoritySection19 or Model.Placements.LegalBasis.EhcPlan
            ? Model.Placements.CommissionerType.LocalAuthority
            : Model.Placements.CommissionerType.School),
        LegalBasis!.Value, RegistrationMode!.Value, Address.Trim(), PersonResponsible.ToModel(), PastoralContact.ToModel(), IsSoleProvision);
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
