using APPlatform.Contracts.Providers;
using APPlatform.ProviderDirectory.Apis;
using APPlatform.ProviderDirectory.Infrastructure;
using APPlatform.ProviderDirectory.Model.Audits;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using APPlatform.ServiceDefaults.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace APPlatform.ProviderDirectory.Deadlines;

public sealed record AuditRenewalPayload(Guid AuditId);

/// <summary>
/// Raises ProviderAuditExpiring ahead of an audit's last valid day (<see cref="AuditRenewalNotice"/>). One deadline per
/// author and provider, so the author's next completed audit of the provider moves it.
/// </summary>
public sealed class AuditRenewal(DirectoryDbContext db, IOptions<AuditOptions> options) : IDeadlineHandler
{
    public string Kind => "audit-renewal-due";

    public Task PlanAsync(AuditRiskAssessment audit, CancellationToken cancellationToken) =>
        db.PlanAsync(Kind, $"{audit.ProviderId}/{audit.AuthorOrganisationId}",
            new AuditRenewalNotice(options.Value.RenewalNoticeBefore).DueOn(audit), new AuditRenewalPayload(audit.Id), cancellationToken);

    public async Task HandleAsync(Deadline deadline, CancellationToken cancellationToken)
    {
        var audit = await db.Audits.FindAsync([deadline.PayloadAs<AuditRenewalPayload>().AuditId], cancellationToken);
        if (audit is null)
        {
            return;
        }

        var provider = await db.Providers.FindAsync([audit.ProviderId], cancellationToken);
        var authorsLatest = await db.Audits
            .Where(a => a.ProviderId == audit.ProviderId && a.AuthorOrganisationId == audit.AuthorOrganisationId && a.CompletedAt != null)
            .OrderByDescending(a => a.CompletedAt).FirstOrDefaultAsync(cancellationToken);
        if (AuditRenewalNotice.StillStands(audit, provider, authorsLatest))
        {
            db.AddIntegrationEvent(new ProviderAuditExpiring(audit.Id, audit.ProviderId, audit.AuthorOrganisationId, audit.AuthorOrganisationType.ToClaimValue(),
                audit.IsPrivate ? null : audit.LocalAuthorityId, audit.ValidUntil!.Value, deadline.DueAt));
        }
    }
}
