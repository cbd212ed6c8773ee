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

    public Task<NotificationSettings> SettingsAsync(CancellationToken cancellationToken) =>
        GetAsync<NotificationSettings>("api/notifications/settings", cancellationToken);

    /// <summary>Replaces the organisation's contacts and its channel for each rule named (the rest keep their default).</summary>
    public Task<NotificationSettings> SetSettingsAsync(
        Dictionary<string, List<string>> contacts, Dictionary<string, string> channels, CancellationToken cancellationToken) =>
        PutAsync<NotificationSettings>("api/notifications/settings", new { contacts, channels }, cancellationToken);
}

/// <summary>A notification rule and how it reaches the organisation (channel: off, inbox or email).</summary>
public sealed record NotificationRuleSetting(string Name, string Event, string Description, string Channel, string DefaultChannel);

/// <summary>Who in the organisation is told (email addresses by notification role), and how each rule reaches it.</summary>
public sealed record NotificationSettings(Dictionary<string, List<string>> Contacts, List<NotificationRuleSetting> Rules);
