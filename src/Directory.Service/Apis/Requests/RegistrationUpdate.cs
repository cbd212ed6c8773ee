using System.ComponentModel.DataAnnotations;
using APPlatform.ProviderDirectory.Model;

namespace APPlatform.ProviderDirectory.Apis.Requests;

/// <summary>The provider's status on Get Information about Schools, as checked on <see cref="LastCheckedOn"/>.</summary>
/// <param name="Status">Registered (a school on GIAS, inspected by Ofsted) or unregistered.</param>
/// <param name="Urn">
/// The GIAS unique reference number, 6 digits; a registered provider has one, an unregistered one does not.
/// </param>
/// <param name="DfeNumber">The LA code and establishment number, e.g. 830/6012.</param>
/// <param name="Ukprn">The UK provider reference number: 8 digits starting with 1.</param>
/// <param name="EstablishmentType">The GIAS establishment type; none for an unregistered provider.</param>
/// <param name="LastCheckedOn">When GIAS was last checked (ISO date), not in the future.</param>
public sealed record RegistrationUpdate(
    [property: Required] RegistrationStatus? Status,
    [property: RegularExpression(@"^\d{6}$", ErrorMessage = "A URN is 6 digits.")] string? Urn,
    [property: RegularExpression(@"^\d{3}/?\d{4}$", ErrorMessage = "A DfE number is the LA code and establishment number, e.g. 830/6012.")] string? DfeNumber,
    [property: RegularExpression(@"^1\d{7}$", ErrorMessage = "A UKPRN is 8 digits starting with 1.")] string? Ukprn,
    EstablishmentType? EstablishmentType,
    DateOnly? LastCheckedOn) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Status == RegistrationStatus.Registered && string.IsNullOrWhiteSpace(Urn))
        {
            yield return new ValidationResult("A registered provider has a URN on GIAS.", [nameof(Urn)]);
        }

        if (Status == RegistrationStatus.Unregistered && (Urn is not null || EstablishmentType is not null))
        {
            yield return new ValidationResult("An unregistered provider has no URN or GIAS establishment type.", [nameof(Urn), nameof(EstablishmentType)]);
        }

        if (LastCheckedOn > ValidationClock.LatestPastDate(validationContext))
        {
            yield return new ValidationResult("The last GIAS check cannot be in the future.", [nameof(LastCheckedOn)]);
        }
    }

    public Registration ToModel() => new()
    {
        Status = Status!.Value,
        Urn = Urn,
        DfeNumber = DfeNumber is { Length: 7 } digits ? $"{digits[..3]}/{digits[3..]}" : DfeNumber,
        Ukprn = Ukprn,
        EstablishmentType = EstablishmentType,
        LastCheckedOn = LastCheckedOn,
    };
}
