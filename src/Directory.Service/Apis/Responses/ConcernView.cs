using APPlatform.ProviderDirectory.Model.Concerns;
using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.ProviderDirectory.Apis.Responses;

/// <summary>One step of a concern: the status it moved to, who moved it, when, and a note.</summary>
/// <param name="Status">The status the concern moved to.</param>
/// <param name="At">When (ISO date-time with offset).</param>
/// <param name="ByOrganisationId">The organisation that moved it (the raiser for open; else its local authority or a platform admin).</param>
/// <param name="Note">What was done or decided; required to resolve or dismiss.</param>
public sealed record ConcernStep(ConcernStatus Status, DateTimeOffset At, Guid ByOrganisationId, string? Note);

/// <summary>
/// A commissioner's concern about a provider, sent to its local authority's directory team and tracked open →
/// acknowledged → resolved or dismissed, each step with who, when and a note.
/// </summary>
/// <param name="Id">The concern's id.</param>
/// <param name="ProviderId">The provider it is about.</param>
/// <param name="RaisedByOrganisationId">The organisation that raised it.</param>
/// <param name="RaisedByOrganisationType">The kind of organisation that raised it (school, trust, local authority or platform admin).</param>
/// <param name="LocalAuthorityId">Whose directory team deals with it.</param>
/// <param name="Category">What it is about.</param>
/// <param name="Summary">The concern in the raiser's words.</param>
/// <param name="RaisedAt">When it was raised (ISO date-time with offset).</param>
/// <param name="Status">Where it stands now.</param>
/// <param name="History">Each step, oldest first, from its raising.</param>
public sealed record ConcernView(
    Guid Id, Guid ProviderId, Guid RaisedByOrganisationId, OrganisationType RaisedByOrganisationType, Guid LocalAuthorityId, ConcernCategory Category,
    string Summary, DateTimeOffset RaisedAt, ConcernStatus Status, List<ConcernStep> History)
{
    public static ConcernView Of(Concern c) => new(c.Id, c.ProviderId, c.RaisedByOrganisationId, c.RaisedByOrganisationType, c.LocalAuthorityId, c.Category,
        c.Summary, c.RaisedAt, c.Status, c.History.Select(u => new ConcernStep(u.Status, u.At, u.ByOrganisationId, u.Note)).ToList());
}
