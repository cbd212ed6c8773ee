using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.ServiceDefaults.AccessLog;

/// <summary>The access log in the service's own database, naming the caller of the current request.</summary>
internal sealed class AccessLog<TContext>(TContext db, IHttpContextAccessor accessor, TimeProvider clock) : IAccessLog
    where TContext : DbContext
{
    public Task ReadAsync(IEnumerable<AccessedRecord> records, CancellationToken cancellationToken) =>
        InsertAsync(AccessAction.Read, records, cancellationToken);

    public void Change(AccessedRecord record) => db.Add(Entry(Current(), AccessAction.Change, record));

    public Task ChangedAsync(IReadOnlyCollection<AccessedRecord> records, CancellationToken cancellationToken) =>
        InsertAsync(AccessAction.Change, records, cancellationToken);

    private async Task InsertAsync(AccessAction action, IEnumerable<AccessedRecord> records, CancellationToken cancellationToken)
    {
        // The caller is checked before the records are counted: an admin's list that finds nothing still needs a reason.
        var caller = Current();
        await db.InsertAllAsync(records.Select(record => Entry(caller, action, record)).ToList(), cancellationToken);
    }

    private AccessLogEntry Entry((HttpContext Http, Caller Caller, string? Reason) current, AccessAction action, AccessedRecord record)
    {
        var (http, caller, reason) = current;
        var now = clock.GetUtcNow();
        return new AccessLogEntry
        {
            Id = Guid.CreateVersion7(now),
            At = now,
            OrganisationId = caller.OrganisationId,
            OrganisationType = caller.OrganisationType,
            ClientId = caller.ClientId,
            Person = caller.Person?.Id.ToString(),
            PersonName = caller.Person?.Name,
            Action = action,
            RecordKind = record.Kind,
            RecordId = record.Id,
            PupilId = record.PupilId,
            SchoolId = record.SchoolId,
            RouteName = http.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName,
            Reason = reason,
        };
    }

    private (HttpContext Http, Caller Caller, string? Reason) Current()
    {
        var http = accessor.HttpContext ?? throw new InvalidOperationException("The access log records requests' callers; there is no request here.");
        var caller = Caller.FromPrincipal(http.User)
            ?? throw new InvalidOperationException("The access log needs the caller's organisation; the endpoint must take a Caller.");
        return (http, caller, AccessReason.Of(http, caller));
    }
}
