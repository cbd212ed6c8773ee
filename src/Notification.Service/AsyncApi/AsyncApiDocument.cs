using System.Text.Json;
using System.Text.Json.Nodes;
using APPlatform.Contracts;
using APPlatform.Notifications.BrokerSubscribers;
using APPlatform.ServiceDefaults.Apis;
using MassTransit.RabbitMqTransport;

namespace APPlatform.Notifications.AsyncApi;

/// <summary>
/// The AsyncAPI 3.0 document of every integration event, generated from the contracts: for each event, its webhook,
/// its channel in an LA broker subscriber's virtual host and its exchange inside the platform (the messages themselves
/// are <see cref="EventMessages"/>). Checked in as docs/asyncapi.json, which a test keeps equal to this, and served at
/// /api/notifications/asyncapi.json.
/// </summary>
public static class AsyncApiDocument
{
    public const string BindingVersion = "0.3.0";

    public static string Json { get; } =
        Build().ToJsonString(new JsonSerializerOptions(PlatformJson.Options) { WriteIndented = true }) + "\n";

    private static JsonObject Build()
    {
        var channels = new JsonObject();
        var operations = new JsonObject();
        var messages = new JsonObject();
        foreach (var type in IntegrationEventTypes.All.OrderBy(type => type.Name))
        {
            var name = type.Name;
            messages[name] = EventMessages.ForSubscribers(type);
            messages[$"{name}.platform"] = EventMessages.InsideThePlatform(type);
            var exchange = new RabbitMqMessageNameFormatter().GetMessageName(type).ToString();
            Add(channels, operations, name, "webhook", name,
                Channel(null, "webhook", "The URL of each webhook subscription to this type."),
                $"POSTs {name} to each webhook subscribed to it, signed; retried (30 s to 8 h), then parked until replayed.",
                new JsonObject { ["http"] = new JsonObject { ["method"] = "POST", ["bindingVersion"] = BindingVersion } });
            Add(channels, operations, name, "broker", name,
                Channel(name, "la-broker", $"The routing key on {BrokerRelay.Exchange} (topic) in each LA broker subscriber's "
                    + "virtual host.", Exchange(BrokerRelay.Exchange, "topic", "la-{localAuthorityId}")),
                $"Relays {name} into each LA broker subscriber's virtual host: the webhook's body, retries and parking.",
                Publish(mandatory: true));
            Add(channels, operations, name, "platform", $"{name}.platform",
                Channel(exchange, "platform", "The exchange in the platform's own virtual host (Messaging:EntityPrefix "
                    + "before it, if set).", Exchange(exchange, "fanout", "/")),
                $"The publishing service's outbox publishes {name}; each service consuming it binds a queue of its own.",
                Publish(mandatory: false));
        }

        return new JsonObject
        {
            ["asyncapi"] = "3.0.0",
            ["info"] = new JsonObject
            {
                ["title"] = "APPlatform integration events",
                ["version"] = "1.0.0",
                ["description"] = "Every integration event: as a webhook, in a local authority's broker virtual host (the same " +
                    "body: only the events that name the subscriber's organisation, without the withheld fields), and on the " +
                    "platform's own exchanges. Generated from src/Contracts; see docs/notifications.md and " +
                    "docs/broker-subscribers.md.",
            },
            ["defaultContentType"] = "application/json",
            ["servers"] = Servers(),
            ["channels"] = channels,
            ["operations"] = operations,
            ["components"] = new JsonObject { ["messages"] = messages },
        };
    }

    private static JsonObject Servers() => new()
    {
        ["webhook"] = new JsonObject
        {
            ["host"] = "{receiver}",
            ["protocol"] = "https",
            ["description"] = "The subscriber's own receiver: the URL its webhook subscription registered.",
            ["variables"] = new JsonObject { ["receiver"] = new JsonObject { ["description"] = "The URL's host and port." } },
        },
        ["la-broker"] = new JsonObject
        {
            ["host"] = "broker.applatform.example:5671",
            ["protocol"] = "amqps",
            ["pathname"] = "/la-{localAuthorityId}",
            ["description"] = "A local authority's own virtual host and user: POST /api/notifications/broker-subscriptions " +
                "answers its URI (the host is Notification:Broker:Address).",
            ["variables"] = new JsonObject
            {
                ["localAuthorityId"] = new JsonObject { ["description"] = "The subscribing local authority's id." },
            },
        },
        ["platform"] = new JsonObject
        {
            ["host"] = "rabbitmq:5672",
            ["protocol"] = "amqp",
            ["pathname"] = "/",
            ["description"] = "The platform's own virtual host: its services and trusted internal systems only, never an " +
                "LA's or any outside system.",
        },
    };

    /// <summary>
    /// The channel "{event}.{kind}", carrying the component message <paramref name="message"/>, and the platform's
    /// operation that sends it there.
    /// </summary>
    private static void Add(JsonObject channels, JsonObject operations, string eventType, string kind, string message,
        JsonObject channel, string description, JsonObject bindings)
    {
        var id = $"{eventType}.{kind}";
        channel["messages"] = new JsonObject { [eventType] = Ref($"#/components/messages/{message}") };
        channels[id] = channel;
        operations[id] = new JsonObject
        {
            ["action"] = "send",
            ["channel"] = Ref($"#/channels/{id}"),
            ["description"] = description,
            ["messages"] = new JsonArray(Ref($"#/channels/{id}/messages/{eventType}")),
            ["bindings"] = bindings,
        };
    }

    private static JsonObject Channel(string? address, string server, string description, JsonObject? bindings = null)
    {
        var channel = new JsonObject
        {
            ["address"] = address,
            ["description"] = description,
            ["servers"] = new JsonArray(Ref($"#/servers/{server}")),
        };
        if (bindings is not null)
        {
            channel["bindings"] = bindings;
        }

        return channel;
    }

    private static JsonObject Exchange(string name, string type, string virtualHost) => new()
    {
        ["amqp"] = new JsonObject
        {
            ["is"] = "routingKey",
            ["exchange"] = new JsonObject
            {
                ["name"] = name, ["type"] = type, ["durable"] = true, ["autoDelete"] = false, ["vhost"] = virtualHost,
            },
            ["bindingVersion"] = BindingVersion,
        },
    };

    private static JsonObject Publish(bool mandatory) => new()
    {
        ["amqp"] = new JsonObject { ["deliveryMode"] = 2, ["mandatory"] = mandatory, ["bindingVersion"] = BindingVersion },
    };

    private static JsonObject Ref(string pointer) => new() { ["$ref"] = pointer };
}
