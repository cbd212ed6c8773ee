using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using APPlatform.Notifications.Subscriptions;
using APPlatform.Notifications.Webhooks;
using APPlatform.ServiceDefaults.Apis;
using APPlatform.ServiceDefaults.Authentication;
using MassTransit.Serialization;

namespace APPlatform.Notifications.AsyncApi;

/// <summary>
/// The AsyncAPI messages of an event: the body subscribers receive (webhook and broker alike), with who can receive it
/// and what is withheld, and the envelope the platform's own services read.
/// </summary>
internal static class EventMessages
{
    // The API also reads numbers written as strings; it writes only numbers, and the document describes what is written.
    private static readonly JsonSerializerOptions Written =
        new(PlatformJson.Options) { NumberHandling = JsonNumberHandling.Strict };

    public static JsonObject ForSubscribers(Type type)
    {
        var data = EventSchemas.For(type, Written);
        var withheld = SubscriberPayload.Withhold(data).Order().ToList();
        var receivers = EventOrganisations.KindsNamedBy(type).Select(kind => kind.ToClaimValue()).Order().ToList();
        return new JsonObject
        {
            ["name"] = type.Name,
            ["summary"] = EventSchemas.Summary(type),
            ["description"] = "Reaches only the organisations it names, so subscribers of these kinds: "
                + string.Join(", ", receivers) + "."
                + (withheld.Count == 0 ? "" : $" Withheld from them: {string.Join(", ", withheld)} (of a child's care or needs)."),
            ["payload"] = EventSchemas.Closed(Envelope(type, data)),
            ["examples"] = new JsonArray(new JsonObject
            {
                ["name"] = type.Name,
                ["payload"] = JsonNode.Parse(SubscriberPayload.For(EventExamples.For(type), EventExamples.EventId)),
            }),
            ["bindings"] = new JsonObject
            {
                ["http"] = new JsonObject
                {
                    ["headers"] = WebhookHeaders(), ["bindingVersion"] = AsyncApiDocument.BindingVersion,
                },
                ["amqp"] = new JsonObject
                {
                    ["messageType"] = type.Name, ["bindingVersion"] = AsyncApiDocument.BindingVersion,
                },
            },
            ["x-receivers"] = Strings(receivers),
            ["x-withheld"] = Strings(withheld),
        };
    }

    /// <summary>The event in MassTransit's envelope and serializer: every field, for the platform's services.</summary>
    public static JsonObject InsideThePlatform(Type type) => new()
    {
        ["name"] = type.Name,
        ["summary"] = EventSchemas.Summary(type),
        ["description"] = "For the platform's services and trusted internal systems only: every field, withheld ones " +
            "included, in MassTransit's envelope and serializer (not the REST API's conventions).",
        ["contentType"] = "application/vnd.masstransit+json",
        ["payload"] = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["messageId"] = Uuid("The outbox row's id, the same on every redelivery."),
                ["messageType"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
                ["sentTime"] = new JsonObject { ["type"] = "string", ["format"] = "date-time" },
                ["headers"] = new JsonObject { ["type"] = "object" },
                ["message"] = EventSchemas.For(type, SystemTextJsonMessageSerializer.Options),
            },
            ["required"] = new JsonArray("messageId", "messageType", "message"),
        },
    };

    /// <summary>SubscriberPayload's body: the event's id, type and time around the event.</summary>
    private static JsonObject Envelope(Type type, JsonNode data) => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["id"] = Uuid("The event's id: the same on every attempt and replay, so drop one already handled."),
            ["type"] = new JsonObject { ["type"] = "string", ["const"] = type.Name },
            ["occurredAt"] = new JsonObject { ["type"] = "string", ["format"] = "date-time" },
            ["data"] = data,
        },
    };

    private static JsonObject WebhookHeaders()
    {
        var headers = new JsonObject
        {
            [WebhookSender.EventIdHeader] = Uuid("The event's id, as in the body."),
            [WebhookSender.EventTypeHeader] = new JsonObject { ["type"] = "string" },
            [WebhookSender.DeliveryIdHeader] = Uuid("This delivery: the same on each of its attempts."),
            [WebhookSender.TimestampHeader] = new JsonObject
            {
                ["type"] = "string",
                ["pattern"] = "^[0-9]+$",
                ["description"] = "Unix seconds when this attempt was signed: refuse one more than five minutes old.",
            },
            [WebhookSender.SignatureHeader] = new JsonObject
            {
                ["type"] = "string",
                ["pattern"] = "^v1=[0-9a-f]{64}(,v1=[0-9a-f]{64})?$",
                ["description"] = "\"v1=\" and the lower-case hex HMAC-SHA256 of \"{timestamp}.{body}\" keyed with the " +
                    "subscription's secret; during a rotation's overlap two entries, the new secret's first. Accept a " +
                    "match with any.",
            },
        };
        return new JsonObject
        {
            ["type"] = "object", ["properties"] = headers, ["required"] = Strings(headers.Select(header => header.Key)),
        };
    }

    private static JsonArray Strings(IEnumerable<string> values) =>
        new([.. values.Select(value => JsonValue.Create(value))]);

    private static JsonObject Uuid(string description) =>
        new() { ["type"] = "string", ["format"] = "uuid", ["description"] = description };
}
