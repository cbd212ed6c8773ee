using APPlatform.ProviderDirectory.Model;
using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.ProviderDirectory.Apis.Responses;

/// <summary>One step of a provider's listing: who moved it, when and why.</summary>
/// <param name="From">The status before the step; null for the record's creation.</param>
/// <param name="To">The status after the step.</param>
/// <param name="Action">The listing action taken; null for the record's creation.</param>
/// <param name="At">When the step was taken (ISO date-time with offset).</param>
/// <param name="ByOrganisationId">The organisation of the caller who took the step.</param>
/// <param name="ByOrganisationType">The kind of organisation that took the step.</param>
/// <param name="ByClientId">The client (application) the caller used, from its token.</param>
/// <param name="ByPerson">The signed-in person who took the step, by name; null when a system acted with its client's credentials.</param>
/// <param name="Reason">
/// Why (required to return, suspend, reinstate or remove); null for anyone but the record's keepers, as it may be a
/// safeguarding matter.
/// </param>
public sealed record ListingChangeView(
    ListingStatus? From, ListingStatus To, ListingAction? Action, DateTimeOffset At, Guid ByOrganisationId, OrganisationType ByOrganisationType,
    string ByClientId, string? ByPerson, string? Reason)
{
    /// <summary>Why a provider was suspended or removed may be a safeguarding matter: only its keepers read the reason.</summary>
    public static ListingChangeView Of(ListingChange c, bool keepsTheRecord) =>
        new(c.From, c.To, c.Action, c.At, c.ByOrganisationId, c.ByOrganisationType, c.ByClientId, c.ByPerson, keepsTheRecord ? c.Reason : null);
}
