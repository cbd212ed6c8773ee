using System.Text;
using System.Text.Json;
using APPlatform.TestSupport;
using APPlatform.TestSupport.DirectoryForms;
using RabbitMQ.Client;

namespace APPlatform.ProviderDirectory.Tests;

/// <summary>
/// What docs/broker-subscribers.md promises an LA system that binds its own queue without MassTransit: an exchange named
/// after the event's type, and MassTransit's JSON envelope with the event under "message".
/// </summary>
public sealed class BrokerSubscriberTests(DirectoryService directory) : IClassFixture<DirectoryService>
{
    [Fact]
    public async Task AQueueBoundToTheEventsExchangeReceivesTheEnvelopeTheDocsDescribe()
    {
        var factory = new ConnectionFactory { Uri = new Uri(directory.Servers.Messaging) };
        await using var connection = await factory.CreateConnectionAsync(TestContext.Current.CancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: TestContext.Current.CancellationToken);
        var exchange = $"{directory.EntityPrefix}APPlatform.Contracts.Providers:ProviderListed";
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, cancellationToken: TestContext.Current.CancellationToken);
        var queue = (await channel.QueueDeclareAsync($"{directory.EntityPrefix}la-system", durable: false, exclusive: true, autoDelete: true,
            cancellationToken: TestContext.Current.CancellationToken)).QueueName;
        await channel.QueueBindAsync(queue, exchange, "", cancellationToken: TestContext.Current.CancellationToken);

        var provider = await directory.CreateProviderAsync(TestCaller.LocalAuthority(), DirectorySamples.Provider("Broker Bound Centre"));

        var envelope = await Eventually.Until(async () =>
            await channel.BasicGetAsync(queue, autoAck: true, TestContext.Current.CancellationToken) is { } delivery
                ? JsonDocument.Parse(Encoding.UTF8.GetString(delivery.Body.Span)).RootElement
                : (JsonElement?)null,
            received => received is not null, because: "ProviderListed should reach the bound queue");
        var root = envelope!.Value;
        Assert.Contains("urn:message:APPlatform.Contracts.Providers:ProviderListed", root.GetProperty("messageType").EnumerateArray().Select(t => t.GetString()));
        Assert.True(root.TryGetProperty("messageId", out _));
        Assert.True(root.TryGetProperty("sentTime", out _));
        Assert.Equal(provider, root.GetProperty("message").GetProperty("providerId").GetGuid());
        Assert.Equal("Broker Bound Centre", root.GetProperty("message").GetProperty("name").GetString());
    }
}
