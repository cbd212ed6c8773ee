using APPlatform.Contracts.Providers;
using APPlatform.ProviderDirectory.Infrastructure;
using APPlatform.ProviderDirectory.Model;
using APPlatform.ServiceDefaults.Apis;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using APPlatform.ServiceDefaults.Scheduling;
using Microsoft.Extensions.Options;

namespace APPlatform.ProviderDirectory.Deadlines;

public sealed class DocumentExpiryOptions
{
    public const string SectionName = "Directory:DocumentExpiry";

    /// <summary>How long before a document expires its provider's commissioners are told.</summary>
    public TimeSpan NoticeBefore { get; set; } = TimeSpan.FromDays(30);
}

public sealed record DocumentExpiringPayload(Guid ProviderId, DocumentType Type, DateOnly ExpiresOn);

/// <summary>
/// Raises ProviderDocumentExpiring ahead of a document's expiry (<see cref="DocumentExpiryNotice"/>), at 08:00 in
/// England on the day notice is due, or at once if that day has passed. Scheduled in the database, since the broker has
/// no delayed delivery, and re-planned whenever the document changes.
/// </summary>
public sealed class DocumentExpiry(DirectoryDbContext db, IOptions<DocumentExpiryOptions> options) : IDeadlineHandler
{
    public string Kind => "document-expiring";

    public async Task PlanAsync(Provider provider, CancellationToken cancellationToken)
    {
        foreach (var document in provider.Documents)
        {
            var noticeOn = new DocumentExpiryNotice(options.Value.NoticeBefore).DueOn(document);
            await db.PlanAsync(Kind, $"{provider.Id}/{EnumNames.Name(document.Type)}", noticeOn, new DocumentExpiringPayload(provider.Id, document.Type, document.ExpiresOn ?? default), cancellationToken);
        }
    }

    public async Task HandleAsync(Deadline deadline, CancellationToken cancellationToken)
    {
        var payload = deadline.PayloadAs<DocumentExpiringPayload>();
        var provider = await db.Providers.FindAsync([payload.ProviderId], cancellationToken);
        if (DocumentExpiryNotice.StillStands(provider, payload.Type, payload.ExpiresOn))
        {
            db.AddIntegrationEvent(new ProviderDocumentExpiring(payload.ProviderId, EnumNames.Name(payload.Type), payload.ExpiresOn, deadline.DueAt));
        }
    }
}
