using APPlatform.TestSupport.Bola;
using static APPlatform.ServiceDefaults.Authentication.OrganisationType;

namespace APPlatform.Notifications.Tests;

/// <summary>Who reaches whose records through each route of Notification.Service.</summary>
public sealed class BolaMatrixTests(NotificationBolaRecords records) : BolaMatrixTests<NotificationBolaRecords>(records, Matrix)
{
    private static readonly Own Holders = Own.Allowed(LocalAuthority, Trust, School, Provider);

    public static readonly BolaTable Matrix = new()
    {
        ["POST /api/notifications/subscriptions"] = Holders | Other.NoRecord("subscribes the caller's own systems")
            | Send.Json(new { url = "http://127.0.0.1:9/bola/new", eventTypes = new[] { "PlacementEnded" } }),
        ["GET /api/notifications/subscriptions"] = Holders | Other.NotListed("subscriptions/{id}"),
        ["GET /api/notifications/subscriptions/{id}"] = Holders | Other.Denied,
        ["POST /api/notifications/subscriptions/{id}/secret/rotate"] = Holders | Other.Denied,
        ["DELETE /api/notifications/subscriptions/{id}"] = Holders | Other.Denied,
        ["GET /api/notifications/subscriptions/{id}/deliveries"] = Holders | Other.Denied,
        ["POST /api/notifications/deliveries/{id}/replay"] = Holders | Other.Denied,
        ["GET /api/notifications/inbox"] = Holders | Other.NotListed("inbox/{id}"),
        ["POST /api/notifications/inbox/{id}/read"] = Holders | Other.Denied,
        ["POST /api/notifications/inbox/{id}/unread"] = Holders | Other.Denied,
        ["POST /api/notifications/broker-subscriptions"] = Own.Allowed(PlatformAdmin, LocalAuthority)
            | Other.NoRecord("subscribes the caller's own local authority (an LA naming another gets 403: BrokerSubscriberTests)")
            | Send.Json(new { eventTypes = new[] { "PlacementEnded" } }),
        ["GET /api/notifications/event-types"] = Own.Allowed(PlatformAdmin, LocalAuthority, Trust, School, Provider)
            | Other.NoRecord("the event types and whom each reaches, the same for everyone"),
        ["GET /api/notifications/asyncapi.json"] = Own.Allowed(PlatformAdmin, LocalAuthority, Trust, School, Provider)
            | Other.NoRecord("the AsyncAPI document of every event, the same for everyone"),
        ["GET /api/notifications/events"] = Own.Allowed(PlatformAdmin) | Other.NoRecord("the platform's event log, for its admins alone"),
        ["GET /api/notifications/settings"] = Holders | Other.NoRecord("reads the caller's own contacts and channels"),
        ["PUT /api/notifications/settings"] = Holders | Other.NoRecord("replaces the caller's own contacts and channels")
            | Send.Json(new { contacts = new { ap_lead = new[] { "bola@example.org" } } }),
    };

    public static TheoryData<string> Operations => Matrix.Operations();
}
