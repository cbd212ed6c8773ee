using System.ComponentModel.DataAnnotations;
using APPlatform.ProviderDirectory.Model;

namespace APPlatform.ProviderDirectory.Apis.Requests;

/// <summary>
/// A new provider: at least its name; optionally the rest of its record at once. It starts listed unless asked to be a
/// draft. A local authority's new provider goes on its own directory; a platform admin names the local authority, if any.
/// </summary>
public sealed record CreateProviderRequest(
    [property: Required, StringLength(200)] string Name,
    ListingStatus? Status,
    Guid? LocalAuthorityId,
    DetailsUpdate? Details,
    List<SiteInput>? Sites,
    RegistrationUpdate? Registration,
    ProfileUpdate? Profile) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Status is not (null or ListingStatus.Draft or ListingStatus.Listed))
        {
            yield return new ValidationResult("A new provider starts as a draft or listed.", [nameof(Status)]);
        }

        if (Details is not null && Details.Name.Trim() != Name.Trim())
        {
            yield return new ValidationResult("The name is given twice and differs.", [nameof(Name)]);
        }
    }
}
