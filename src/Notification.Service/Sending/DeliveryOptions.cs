namespace APPlatform.Notifications.Sending;

public sealed class DeliveryOptions
{
    public const string SectionName = "Delivery";

    /// <summary>About sixteen hours of retries, then the delivery is parked (Failed) for its owner to see and replay.</summary>
    public static readonly IReadOnlyList<TimeSpan> DefaultRetryDelays =
        [.. new[] { 0.5, 2, 10, 30, 60, 120, 240, 480 }.Select(TimeSpan.FromMinutes)];

    /// <summary>The wait after each failed attempt; when they run out the delivery is parked. Unset: <see cref="DefaultRetryDelays"/>.</summary>
    public TimeSpan[]? RetryDelays { get; set; }

    /// <summary>Webhook receivers on loopback or private networks, over plain HTTP: for development only (default: in Development).</summary>
    public bool AllowLocalReceivers { get; set; }

    /// <summary>Emails say where to act on a notification: this address followed by the notification's link.</summary>
    public string PortalAddress { get; set; } = "http://localhost:5080";

    public string EmailFrom { get; set; } = "APPlatform <notifications@applatform.local>";

    public IReadOnlyList<TimeSpan> Retries => RetryDelays is { Length: > 0 } delays ? delays : DefaultRetryDelays;
}
