using System.ComponentModel.DataAnnotations;
using APPlatform.Notifications.Infrastructure;
using APPlatform.Notifications.Model;
using APPlatform.ServiceDefaults.Apis;
using APPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Notifications.Apis;

/// <summary>One message on its way out and how its sending went.</summary>
/// <param name="Id">The delivery's id.</param>
/// <param name="EventId">The event it tells of.</param>
/// <param name="EventType">The event's type.</param>
/// <param name="Channel">Email, webhook or broker.</param>
/// <param name="Target">An email address, the webhook's URL or the broker subscriber's virtual host.</param>
/// <param name="Status">Pending, retrying, sent or failed.</param>
/// <param name="Attempts">How many times sending was tried.</param>
/// <param name="LastError">The last failed attempt's error; null if none failed.</param>
/// <param name="CreatedAt">When it was queued (ISO date-time with offset).</param>
/// <param name="LastAttemptAt">When it was last tried (ISO date-time with offset).</param>
/// <param name="NextAttemptAt">
/// When it will be tried next (ISO date-time with offset); null when sent or failed.
/// </param>
/// <param name="SentAt">When it was sent (ISO date-time with offset).</param>
/// <param name="Replays">How often the organisation asked for it to be sent again after it was parked or sent.</param>
public sealed record DeliveryView(
    Guid Id, Guid EventId, string EventType, DeliveryChannel Channel, string Target, DeliveryStatus Status, int Attempts, string? LastError,
    DateTimeOffset CreatedAt, DateTimeOffset? LastAttemptAt, DateTimeOffset? NextAttemptAt, DateTimeOffset? SentAt, int Replays)
{
    public static DeliveryView Of(Delivery d) =>
        new(d.Id, d.EventId, d.EventType, d.Channel, d.Target, d.Status, d.Attempts, d.LastError, d.CreatedAt, d.LastAttemptAt, d.NextAttemptAt, d.SentAt, d.Replays);
}

/// <summary>A notification in the organisation's inbox, with its emails.</summary>
/// <param name="Id">The notification's id.</param>
/// <param name="Rule">The rule that decided it, e.g. absence-reported.</param>
/// <param name="Role">Who in the organisation it is for, e.g. attendance_lead.</param>
/// <param name="EventType">The type of the event it tells of.</param>
/// <param name="EventId">The event it tells of.</param>
/// <param name="Subject">Its subject line.</param>
/// <param name="Body">Its text.</param>
/// <param name="Link">Where in the platform to act on it, e.g. /api/attendance/cases/{id}.</param>
/// <param name="CreatedAt">When it was made (ISO date-time with offset).</param>
/// <param name="ReadAt">When it was marked read (ISO date-time with offset); null while unread.</param>
/// <param name="Deliveries">The emails sent for it.</param>
public sealed record InboxItem(
    Guid Id, string Rule, string Role, string EventType, Guid EventId, string Subject, string Body, string? Link,
    DateTimeOffset CreatedAt, DateTimeOffset? ReadAt, IReadOnlyList<DeliveryView> Deliveries);

/// <summary>A page of the inbox, with how many of all its items are unread.</summary>
/// <param name="Items">The notifications on this page, newest first.</param>
/// <param name="Total">How many notifications the filtered inbox holds.</param>
/// <param name="Unread">How many of all its notifications are unread.</param>
public sealed record InboxPage(IReadOnlyList<InboxItem> Items, int Total, int Unread);

public enum InboxFilter
{
    All,
    Unread,
    Read,
}

/// <summary>An organisation's inbox: every notification the rules sent it, read or unread, with the emails sent for each.</summary>
public static class InboxApi
{
    public const int MaxPageSize = 200;

    public static RouteGroupBuilder MapInboxApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/notifications/inbox").WithTags("Inbox");
        api.MapGet("/", ListInbox).WithName(nameof(ListInbox)).WithSummary("The caller's organisation's notifications, newest first");
        api.MapPost("/{id:guid}/read", MarkRead).WithName(nameof(MarkRead)).WithSummary("Mark a notification read");
        api.MapPost("/{id:guid}/unread", MarkUnread).WithName(nameof(MarkUnread)).WithSummary("Mark a notification unread again");
        return api;
    }

    public static async Task<Results<Ok<InboxPage>, ValidationProblem>> ListInbox(
        Caller caller, NotificationDbContext db, CancellationToken cancellationToken,
        string show = "all", [Range(1, MaxPageSize)] int pageSize = 50, [Range(1, int.MaxValue)] int page = 1)
    {
        if (!EnumNames.TryParse<InboxFilter>(show, out var filter))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["show"] = [EnumNames.NotOneOf<InboxFilter>(show)] });
        }

        var own = db.Notifications.Where(n => n.OrganisationId == caller.OrganisationId);
        var shown = filter switch
        {
            InboxFilter.Unread => own.Where(n => n.ReadAt == null),
            InboxFilter.Read => own.Where(n => n.ReadAt != null),
            _ => own,
        };
        var listed = await shown.AsNoTracking().Include(n => n.Deliveries)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .ToPageAsync(page, pageSize, cancellationToken);
        var unread = filter == InboxFilter.Unread ? listed.Total : await own.CountAsync(n => n.ReadAt == null, cancellationToken);
        return TypedResults.Ok(new InboxPage(listed.Items.Select(View).ToList(), listed.Total, unread));
    }

    public static Task<Results<NoContent, NotFound>> MarkRead(Guid id, Caller caller, NotificationDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        SetReadAsync(id, caller, db, cancellationToken, n => n.ReadAt ??= clock.GetUtcNow());

    public static Task<Results<NoContent, NotFound>> MarkUnread(Guid id, Caller caller, NotificationDbContext db, CancellationToken cancellationToken) =>
        SetReadAsync(id, caller, db, cancellationToken, n => n.ReadAt = null);

    /// <summary>Another organisation's notification is answered as missing: its existence is not the caller's to know.</summary>
    private static async Task<Results<NoContent, NotFound>> SetReadAsync(
        Guid id, Caller caller, NotificationDbContext db, CancellationToken cancellationToken, Action<Notification> change)
    {
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.OrganisationId == caller.OrganisationId, cancellationToken);
        if (notification is null)
        {
            return TypedResults.NotFound();
        }

        change(notification);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static InboxItem View(Notification n) =>
        new(n.Id, n.Rule, n.Role, n.EventType, n.EventId, n.Subject, n.Body, n.Link, n.CreatedAt, n.ReadAt,
            n.Deliveries.OrderBy(d => d.CreatedAt).Select(DeliveryView.Of).ToList());
}
