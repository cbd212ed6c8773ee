using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using APPlatform.ProviderDirectory.Model;
using APPlatform.ProviderDirectory.Model.Changes;

namespace APPlatform.ProviderDirectory.Apis.Requests;

/// <summary>Identity and contacts: name, legal identity, how to reach it, its manager and safeguarding lead.</summary>
/// <param name="Name">The trading name, up to 200 characters.</param>
/// <param name="LegalName">The registered legal name, if it differs, up to 200 characters.</param>
/// <param name="CompanyNumber">The Companies House number: 8 letters or digits, e.g. 01234567 or SC123456.</param>
/// <param name="CharityNumber">
/// The Charity Commission number: 6 to 8 digits, with an optional -N suffix, e.g. 1123456.
/// </param>
/// <param name="Email">The provider's general email address.</param>
/// <param name="Phone">The provider's main phone number.</param>
/// <param name="Website">The provider's website, an absolute URL.</param>
/// <param name="Manager">The head or manager responsible for the provision.</param>
/// <param name="SafeguardingLead">The designated safeguarding lead (KCSIE).</param>
/// <param name="MainContact">Whom commissioners contact about placements.</param>
public sealed record DetailsUpdate(
    [property: Required, StringLength(200)] string Name,
    [property: StringLength(200)] string? LegalName,
    [property: RegularExpression(@"^[A-Z0-9]{8}$", ErrorMessage = "A company number is 8 letters or digits, e.g. 01234567 or SC123456.")] string? CompanyNumber,
    [property: RegularExpression(@"^\d{6,8}(-\d{1,2})?$", ErrorMessage = "A charity number is 6 to 8 digits, e.g. 1123456.")] string? CharityNumber,
    [property: EmailAddress, StringLength(254)] string? Email,
    [property: Phone, StringLength(30)] string? Phone,
    [property: Url, StringLength(500)] string? Website,
    ContactPersonInput? Manager,
    ContactPersonInput? SafeguardingLead,
    ContactPersonInput? MainContact) : IProviderChange
{
    [JsonIgnore]
    public ProviderPart Part => ProviderPart.Details;

    public void ApplyTo(Provider provider)
    {
        provider.Name = Name.Trim();
        provider.Details = new ProviderDetails
        {
            LegalName = LegalName?.Trim(),
            CompanyNumber = CompanyNumber,
            CharityNumber = CharityNumber,
            Email = Email?.Trim(),
            Phone = Phone?.Trim(),
            Website = Website?.Trim(),
            Manager = Manager?.ToModel(),
            SafeguardingLead = SafeguardingLead?.ToModel(),
            MainContact = MainContact?.ToModel(),
        };
    }
}
