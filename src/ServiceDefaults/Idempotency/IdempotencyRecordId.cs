using APPlatform.ServiceDefaults.Authentication;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.ServiceDefaults.Idempotency;

/// <summary>
/// Whose key it is: the organisation and the client acting for it, from the access token. Clients choose keys freely,
/// so two callers may well send the same one; only this scope keeps one caller's stored response from another.
/// </summary>
internal sealed record IdempotencyRecordId(Guid OrganisationId, string ClientId, string Key)
{
    /// <summary>A request without organisation claims reaches an endpoint only if it allows anonymous callers.</summary>
    public static IdempotencyRecordId For(Caller? caller, string key) =>
        new(caller?.OrganisationId ?? Guid.Empty, caller?.ClientId ?? "anonymous", key);

    public IQueryable<IdempotencyRecord> Find(DbContext db) =>
        db.Set<IdempotencyRecord>().Where(r => r.OrganisationId == OrganisationId && r.ClientId == ClientId && r.Key == Key);
}
