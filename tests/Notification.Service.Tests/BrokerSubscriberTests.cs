using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using APPlatform.Contracts.Placements;
using APPlatform.TestSupport;
using APPlatform.TestSupport.Contracts;
using MassTransit;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace APPlatform.Notifications.Tests;

/// <summary>
/// A local authority's system on the broker, as docs/broker-subscribers.md tells it to connect: with the user and
/// virtual host its subscription made, it reads the events that name it (without the pupil's care or needs) and
/// nothing else, reaches neither the platform's virtual host nor another LA's, and can publish nowhere.
/// </summary>
public sealed class BrokerSubscriberTests(NotificationService service) : IClassFixture<NotificationService>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheLocalAuthorityReadsEventsThatNameItWithoutThePupilsCareOrNeedsAndNotAnotherLAs()
    {
        var la = TestCaller.LocalAuthority();
        var subscription = await SubscribeAsync(la, "PlacementStarted");
        await using var connection = await ConnectAsync(subscription);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: Cancellation);
        var queue = await BindAsync(channel, "la.placements", "PlacementStarted");
        var ours = SampleEvents.Placement(TestCaller.School(), la, TestCaller.Provider(), "dual");
        var theirs = SampleEvents.Placement(TestCaller.School(), TestCaller.LocalAuthority(), TestCaller.Provider(), "dual");
        var (oursId, theirsId) = (NewId.NextGuid(), NewId.NextGuid());

        await service.Bus.PublishAsync(new PlacementStarted(theirs, DateTimeOffset.UtcNow), theirsId);
        await service.Bus.PublishAsync(new PlacementStarted(ours, DateTimeOffset.UtcNow), oursId);

        var message = await ReceiveAsync(channel, queue);
        Assert.Equal(oursId.ToString(), message.BasicProperties.MessageId);
        Assert.Equal("PlacementStarted", message.BasicProperties.Type);
        Assert.Equal("PlacementStarted", message.RoutingKey);
        var body = JsonDocument.Parse(message.Body).RootElement;
        Assert.Equal(oursId, body.GetProperty("id").GetGuid());
        Assert.Equal("PlacementStarted", body.GetProperty("type").GetString());
        var placement = body.GetProperty("data").GetProperty("placement");
        Assert.Equal(ours.PlacementId, placement.GetProperty("placementId").GetGuid());
        Assert.True(placement.TryGetProperty("isFullTime", out _));
        Assert.False(placement.TryGetProperty("hasEhcPlan", out _), "whether the pupil has an EHC plan stays inside the platform");
        Assert.False(placement.TryGetProperty("isLookedAfter", out _), "whether the pupil is looked after stays inside the platform");
        Assert.Empty(AsyncApiFile.PayloadMismatches("PlacementStarted", Encoding.UTF8.GetString(message.Body.Span)));
        await service.WaitForLoggedAsync(theirsId, nameof(PlacementStarted));
        Assert.Null(await channel.BasicGetAsync(queue, autoAck: true, Cancellation));
    }

    [Fact]
    public async Task TheLocalAuthoritysUserCannotOpenThePlatformsVirtualHostNorAnotherLAs()
    {
        var ours = await SubscribeAsync(TestCaller.LocalAuthority(), "PlacementStarted");
        var theirs = await SubscribeAsync(TestCaller.LocalAuthority(), "PlacementStarted");
        var uri = new Uri(ours.GetProperty("uri").GetString()!);

        foreach (var virtualHost in new[] { "/", theirs.GetProperty("virtualHost").GetString()! })
        {
            // The factory takes the virtual host from the URI's path, whatever its VirtualHost says.
            var elsewhere = new UriBuilder(uri) { Path = Uri.EscapeDataString(virtualHost) }.Uri;
            var refusal = await RefusalAsync(elsewhere);
            Assert.Equal(530, refusal.ReplyCode);
            Assert.Contains($"access to vhost '{virtualHost}' refused", refusal.ReplyText);
        }
    }

    [Fact]
    public async Task TheLocalAuthoritysUserCanPublishToNoExchangeNorDeclareQueuesOutsideItsPrefix()
    {
        var subscription = await SubscribeAsync(TestCaller.LocalAuthority(), "PlacementStarted");
        await using var connection = await ConnectAsync(subscription);
        await using (var channel = await connection.CreateChannelAsync(cancellationToken: Cancellation))
        {
            await BindAsync(channel, "la.own", "#");
        }

        var attempts = new (string What, Func<IChannel, Task> Try)[]
        {
            ("publish to the relay's exchange", channel => PublishAsync(channel, "applatform.events", "PlacementStarted")),
            ("publish to its own queue by the default exchange", channel => PublishAsync(channel, "", "la.own")),
            ("declare a queue not named la.…",
                channel => channel.QueueDeclareAsync("platform-like", false, false, true, cancellationToken: Cancellation)),
            ("delete the relay's exchange", channel => channel.ExchangeDeleteAsync("applatform.events", cancellationToken: Cancellation)),
        };
        foreach (var (what, attempt) in attempts)
        {
            await using var channel = await connection.CreateChannelAsync(
                new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), Cancellation);
            var refused = await Assert.ThrowsAnyAsync<OperationInterruptedException>(() => attempt(channel));
            Assert.True(refused.ShutdownReason?.ReplyCode == 403,
                $"the broker should refuse to {what} (ACCESS_REFUSED), not: {refused.Message}");
        }
    }

    [Fact]
    public async Task TheLocalAuthorityIsLimitedInConnectionsQueuesAndTheBytesAQueueHolds()
    {
        var subscription = await SubscribeAsync(TestCaller.LocalAuthority(), "PlacementStarted");
        var virtualHost = Uri.EscapeDataString(subscription.GetProperty("virtualHost").GetString()!);
        using var management = BrokerManagement.Client(service.Servers.BrokerAdmin);

        var user = (await management.GetFromJsonAsync<JsonElement>($"/api/user-limits/{virtualHost}", Cancellation))[0].GetProperty("value");
        var host = (await management.GetFromJsonAsync<JsonElement>($"/api/vhost-limits/{virtualHost}", Cancellation))[0].GetProperty("value");
        var policy = await management.GetFromJsonAsync<JsonElement>($"/api/policies/{virtualHost}/la-queue-length", Cancellation);

        Assert.Equal(10, user.GetProperty("max-connections").GetInt32());
        Assert.Equal(50, host.GetProperty("max-queues").GetInt32());
        Assert.False(host.TryGetProperty("max-connections", out _), "the relay's connection must not compete with the LA's for room");
        Assert.Equal("reject-publish", policy.GetProperty("definition").GetProperty("overflow").GetString());
        Assert.Equal(64 * 1024 * 1024, policy.GetProperty("definition").GetProperty("max-length-bytes").GetInt64());
    }

    [Fact]
    public async Task AnEventRelayedBeforeAnyQueueIsBoundIsRetriedUntilOneIs()
    {
        var la = TestCaller.LocalAuthority();
        var subscription = await SubscribeAsync(la, "PlacementEnded");
        var eventId = NewId.NextGuid();

        await service.Bus.PublishAsync(Ended(la), eventId);
        var failed = await DeliveryAsync(la, subscription, d => d.GetProperty("status").GetString() == "retrying");
        Assert.Contains("No queue", failed.GetProperty("lastError").GetString());
        await using var connection = await ConnectAsync(subscription);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: Cancellation);
        var queue = await BindAsync(channel, "la.endings", "PlacementEnded");

        var message = await ReceiveAsync(channel, queue);
        Assert.Equal(eventId.ToString(), message.BasicProperties.MessageId);
        var sent = await DeliveryAsync(la, subscription, d => d.GetProperty("status").GetString() == "sent");
        Assert.Equal("broker", sent.GetProperty("channel").GetString());
    }

    [Fact]
    public async Task AnEventAFullQueueRefusesIsRetriedUntilTheLocalAuthorityReadsTheQueue()
    {
        var la = TestCaller.LocalAuthority();
        var subscription = await SubscribeAsync(la, "PlacementEnded");
        await using var connection = await ConnectAsync(subscription);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: Cancellation);
        // A queue that holds one message stands for one that has reached the virtual host's 64 MB.
        await channel.QueueDeclareAsync("la.small", durable: true, exclusive: false, autoDelete: false,
            new Dictionary<string, object?> { ["x-max-length"] = 1, ["x-overflow"] = "reject-publish" }, cancellationToken: Cancellation);
        await channel.QueueBindAsync("la.small", "applatform.events", "#", cancellationToken: Cancellation);
        var (first, second) = (NewId.NextGuid(), NewId.NextGuid());

        await service.Bus.PublishAsync(Ended(la), first);
        await ReceiveAsync(channel, "la.small", peek: true);
        await service.Bus.PublishAsync(Ended(la), second);
        var refused = await DeliveryAsync(la, subscription, d => d.GetProperty("status").GetString() == "retrying");
        Assert.Contains("refused the message", refused.GetProperty("lastError").GetString());

        Assert.Equal(first.ToString(), (await ReceiveAsync(channel, "la.small")).BasicProperties.MessageId);
        Assert.Equal(second.ToString(), (await ReceiveAsync(channel, "la.small")).BasicProperties.MessageId);
    }

    [Fact]
    public async Task ALocalAuthoritySubscribesOnlyItselfAndAPlatformAdminNamesTheLocalAuthority()
    {
        var another = new { eventTypes = new[] { "PlacementStarted" }, localAuthorityId = Guid.NewGuid() };

        await ProblemAssert.HasStatus(await PostAsync(TestCaller.LocalAuthority(), another), HttpStatusCode.Forbidden);
        await ProblemAssert.HasStatus(await PostAsync(TestCaller.School(), another), HttpStatusCode.Forbidden);
        await ProblemAssert.HasStatus(await PostAsync(TestCaller.PlatformAdmin(), new { eventTypes = new[] { "PlacementStarted" } }),
            HttpStatusCode.BadRequest);
        var byAdmin = await PostAsync(TestCaller.PlatformAdmin(), another);
        Assert.Equal(HttpStatusCode.Created, byAdmin.StatusCode);
        var created = await byAdmin.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        Assert.Equal(another.localAuthorityId, created.GetProperty("localAuthorityId").GetGuid());
        await ProblemAssert.HasStatus(await PostAsync(TestCaller.PlatformAdmin(), another), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task ARotatedPasswordReplacesTheOldAndDeletingTheSubscriptionDeletesTheVirtualHost()
    {
        var la = TestCaller.LocalAuthority();
        var subscription = await SubscribeAsync(la, "PlacementStarted");
        var id = subscription.GetProperty("id").GetGuid();
        var first = new Uri(subscription.GetProperty("uri").GetString()!);
        var listed = await service.As(la).GetFromJsonAsync<JsonElement>($"/api/notifications/subscriptions/{id}", Cancellation);
        Assert.Equal("broker", listed.GetProperty("channel").GetString());
        Assert.Equal(subscription.GetProperty("virtualHost").GetString(), listed.GetProperty("virtualHost").GetString());
        var password = subscription.GetProperty("password").GetString()!;
        Assert.DoesNotContain(password, await service.As(la).GetStringAsync("/api/notifications/subscriptions", Cancellation));

        var rotated = await (await service.As(la).PostAsync($"/api/notifications/subscriptions/{id}/secret/rotate", null, Cancellation))
            .Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        var second = new UriBuilder(first) { Password = Uri.EscapeDataString(rotated.GetProperty("secret").GetString()!) }.Uri;
        await Assert.ThrowsAnyAsync<BrokerUnreachableException>(() => new ConnectionFactory { Uri = first }.CreateConnectionAsync(Cancellation));
        await (await new ConnectionFactory { Uri = second }.CreateConnectionAsync(Cancellation)).DisposeAsync();

        var deleted = await service.As(la).DeleteAsync($"/api/notifications/subscriptions/{id}", Cancellation);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await Assert.ThrowsAnyAsync<BrokerUnreachableException>(() => new ConnectionFactory { Uri = second }.CreateConnectionAsync(Cancellation));
    }

    private Task<HttpResponseMessage> PostAsync(TestCaller caller, object body) =>
        service.As(caller).PostAsJsonAsync("/api/notifications/broker-subscriptions", body, Cancellation);

    private async Task<JsonElement> SubscribeAsync(TestCaller la, params string[] eventTypes)
    {
        var response = await PostAsync(la, new { eventTypes });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancellation));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
    }

    /// <summary>
    /// The broker refuses a virtual host by closing the connection it was opening (530 NOT_ALLOWED); RabbitMQ.Client
    /// hands back that closed connection rather than throwing.
    /// </summary>
    private static async Task<ShutdownEventArgs> RefusalAsync(Uri uri)
    {
        await using var connection = await new ConnectionFactory { Uri = uri }.CreateConnectionAsync(Cancellation);
        return (await Eventually.Until(() => Task.FromResult(connection.CloseReason), reason => reason is not null,
            because: "the broker should close a connection to a virtual host the user may not use"))!;
    }

    /// <summary>Connects as the LA's system does: with the URI the subscription answered.</summary>
    private static Task<IConnection> ConnectAsync(JsonElement subscription) =>
        new ConnectionFactory { Uri = new Uri(subscription.GetProperty("uri").GetString()!) }.CreateConnectionAsync(Cancellation);

    private static Task PublishAsync(IChannel channel, string exchange, string routingKey) =>
        channel.BasicPublishAsync(exchange, routingKey, mandatory: true, new BasicProperties(), "{}"u8.ToArray(), Cancellation).AsTask();

    /// <summary>Declares the subscriber's queue and binds it to the relay's exchange for <paramref name="routingKey"/>, as the docs do.</summary>
    private static async Task<string> BindAsync(IChannel channel, string queue, string routingKey)
    {
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: Cancellation);
        await channel.QueueBindAsync(queue, "applatform.events", routingKey, cancellationToken: Cancellation);
        return queue;
    }

    /// <summary>Waits for a message in <paramref name="queue"/> and takes it, or with <paramref name="peek"/> leaves it there.</summary>
    private static async Task<BasicGetResult> ReceiveAsync(IChannel channel, string queue, bool peek = false)
    {
        var message = (await Eventually.Until(() => channel.BasicGetAsync(queue, autoAck: !peek, Cancellation), message => message is not null,
            because: "the event should be relayed into the LA's queue"))!;
        if (peek)
        {
            await channel.BasicNackAsync(message.DeliveryTag, multiple: false, requeue: true, Cancellation);
        }

        return message;
    }

    private static PlacementEnded Ended(TestCaller la) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), la.OrganisationId, Guid.NewGuid(), DateOnly.FromDateTime(DateTime.UtcNow), "reintegrated",
            DateTimeOffset.UtcNow);

    private Task<JsonElement> DeliveryAsync(TestCaller la, JsonElement subscription, Func<JsonElement, bool> done) =>
        Eventually.Until(
            async () => (await service.As(la).GetFromJsonAsync<JsonElement>(
                    $"/api/notifications/subscriptions/{subscription.GetProperty("id").GetGuid()}/deliveries?pageSize=10", Cancellation))
                .GetProperty("items").EnumerateArray().FirstOrDefault(),
            d => d.ValueKind == JsonValueKind.Object && done(d), because: "the delivery should reach the state expected");
}
