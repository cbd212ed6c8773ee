namespace APPlatform.Notifications.Letters;

/// <summary>This service's registration with the token issuer (Notification:TokenClient).</summary>
public sealed class TokenClientOptions
{
    public const string SectionName = "Notification:TokenClient";

    /// <summary>The issuer's token endpoint; through service discovery by default.</summary>
    public string TokenEndpoint { get; set; } = "http://gateway/connect/token";

    public string ClientId { get; set; } = "notification-service";

    public string ClientSecret { get; set; } = "";
}
