namespace APPlatform.Web.Platform;

public sealed record InboxItem(
    Guid Id, string Rule, string Role, string EventType, string Subject, string Body, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

public sealed record InboxPage(List<InboxItem> Items, int Total, int Unread);

/// <summary>Notification.Service through the gateway (/api/notifications): the organisation's inbox.</summary>
public sealed class NotificationApi(HttpClient http) : GatewayClient(http)
{
    public Task<InboxPage> InboxAsync(CancellationToken cancellationToken) =>
        GetAsync<InboxPage>("api/notifications/inbox?pageSize=50", cancellationToken);

    public Task MarkReadAsync(Guid id, CancellationToken cancellationToken) => PostAsync($"api/notifications/inbox/{id}/read", cancellationToken);
}
