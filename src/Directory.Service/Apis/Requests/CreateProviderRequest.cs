using System.ComponentModel.DataAnnotations;
using APPlatform.ProviderDirectory.Model;

namespace APPlatform.ProviderDirectory.Apis.Requests;

/// <summary>
/// A new provider: at least its name; optionally the rest of its record at once. It starts listed unless asked to be a
/// draft. A local authority's new provider goes on its own directory; a platform admin names the local authority, if any.
/// </summary>
/// <param name="Name">The provider's trading name, up to 200 characters.</param>
/// <param name="Status">draft (prepared, hidden from commissioners) or listed; listed when omitted.</param>
/// <param name="LocalAuthorityId">
/// The local authority whose directory lists it: a local authority's own (or omitted); a platform admin's choice, or
/// none.
/// </param>
/// <param name="Details">Its identity and contacts; the name, if given, is the same as Name.</param>
/// <param name="Sites">Every site where it teaches.</param>
/// <param name="Registration">Its status on Get Information about Schools.</param>
/// <param name="Profile">Its provision profile (Appendix 1).</param>
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
