using System.Net.Http.Headers;
using System.Net.Http.Json;
using APPlatform.Contracts.Referrals;
using APPlatform.Notifications.Infrastructure;
using APPlatform.Notifications.Model;
using APPlatform.Notifications.Sending;
using APPlatform.ServiceDefaults.Scheduling;

namespace APPlatform.Notifications.Letters;

/// <summary>
/// Emails the placement letter to the parents and carers the school recorded. The letter and their addresses stay in
/// Referral.Service (the event carries neither): this asks for them with a token for this one letter of the school
/// that issued the notice, so Referral answers as it would the school, and for nothing else. A deadline does the
/// asking, so an outage of Referral delays the letter and loses nothing.
/// </summary>
public sealed class ParentLetters(NotificationDbContext db, IHttpClientFactory clients, LetterTokens tokens, TimeProvider clock) : IDeadlineHandler
{
    public const string DeadlineKind = "parent-letter";

    public string Kind => DeadlineKind;

    public static void Schedule(NotificationDbContext db, Notification notification, ParentNotificationIssued issued) =>
        db.AddDeadline(DeadlineKind, notification.Id.ToString(), notification.CreatedAt,
            new Request(notification.Id, issued.PlacementId, issued.SchoolId));

    public async Task HandleAsync(Deadline deadline, CancellationToken cancellationToken)
    {
        var request = deadline.PayloadAs<Request>();
        var notification = await db.Notifications.FindAsync([request.NotificationId], cancellationToken);
        if (notification is null)
        {
            return;
        }

        using var http = clients.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", await tokens.ForLetterAsync(request.SchoolId, request.PlacementId, cancellationToken));
        var letter = await http.GetStringAsync($"http://referral{LetterAddress.For(request.PlacementId)}", cancellationToken);
        var carers = await http.GetFromJsonAsync<List<Carer>>(
            $"http://referral{LetterAddress.RecipientsFor(request.PlacementId)}", cancellationToken) ?? [];

        foreach (var carer in carers)
        {
            DeliveryAttempts.Queue(db, Delivery.Email(notification, carer.Email, letter, isHtml: true, clock.GetUtcNow()));
        }
    }

    private sealed record Request(Guid NotificationId, Guid PlacementId, Guid SchoolId);

    private sealed record Carer(string Name, string Email);
}
