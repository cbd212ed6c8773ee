using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.Contracts.Providers;
using APPlatform.TestSupport;
using MassTransit;

namespace APPlatform.Notifications.Tests;

/// <summary>The event log: what Notification.Service has received over RabbitMQ, each event once, newest first.</summary>
public sealed class EventLogTests(NotificationService service) : IClassFixture<NotificationService>
{
    [Fact]
    public async Task AnEventDeliveredTwiceIsRecordedOnce()
    {
        var providerId = Guid.NewGuid();
        var messageId = NewId.NextGuid();
        var later = Guid.NewGuid();

        await service.Bus.PublishAsync(new ProviderListed(providerId, "Twice Told", IsRegistered: false, DateTimeOffset.UtcNow), messageId);
        await service.Bus.PublishAsync(new ProviderListed(providerId, "Twice Told", IsRegistered: false, DateTimeOffset.UtcNow), messageId);
        await service.Bus.PublishAsync(new ProviderListed(later, "Told Later", IsRegistered: false, DateTimeOffset.UtcNow));

        // Events of one type may be consumed in any order: wait for both, then the redelivery has nothing left to add.
        var events = await WaitForEventsAsync(items => items.Any(e => ProviderIdOf(e) == later) && items.Any(e => ProviderIdOf(e) == providerId));
        Assert.Single(events, e => ProviderIdOf(e) == providerId);
        Assert.Equal(messageId, events.Single(e => ProviderIdOf(e) == providerId).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task EventsAreListedNewestFirstWithTheirTypeAndPayload()
    {
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        await service.Bus.PublishAsync(new ProviderListed(first, "First", IsRegistered: false, DateTimeOffset.UtcNow));
        await WaitForEventsAsync(items => items.Any(e => ProviderIdOf(e) == first));
        await service.Bus.PublishAsync(new ProviderListed(second, "Second", IsRegistered: false, DateTimeOffset.UtcNow));

        var events = await WaitForEventsAsync(items => items.Any(e => ProviderIdOf(e) == second));

        Assert.Equal([second, first], events.Select(ProviderIdOf).Where(id => id == first || id == second));
        Assert.Equal("ProviderListed", events[0].GetProperty("type").GetString());
        Assert.Equal("Second", events[0].GetProperty("payload").GetProperty("name").GetString());
    }

    [Fact]
    public async Task TheLogCanBeNarrowedToOneEventType()
    {
        var providerId = Guid.NewGuid();
        await service.Bus.PublishAsync(new ProviderListed(providerId, "Listed Then Suspended", IsRegistered: false, DateTimeOffset.UtcNow));
        await service.Bus.PublishAsync(new ProviderSuspended(providerId, "Listed Then Suspended", DateTimeOffset.UtcNow));
        await WaitForEventsAsync(items => items.Count(e => ProviderIdOf(e) == providerId) == 2);

        var page = await service.As(TestCaller.PlatformAdmin()).GetFromJsonAsync<JsonElement>("/api/notifications/events?type=ProviderSuspended&pageSize=200");

        Assert.All(page.GetProperty("items").EnumerateArray(), e => Assert.Equal("ProviderSuspended", e.GetProperty("type").GetString()));
        Assert.Contains(page.GetProperty("items").EnumerateArray(), e => ProviderIdOf(e) == providerId);
    }

    [Fact]
    public async Task OnlyAPlatformAdminReadsTheEventLog()
    {
        var response = await service.As(TestCaller.LocalAuthority()).GetAsync("/api/notifications/events");

        await ProblemAssert.HasStatus(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task APageSizeOutOfRangeIsRefused()
    {
        var response = await service.As(TestCaller.PlatformAdmin()).GetAsync("/api/notifications/events?pageSize=0");

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.BadRequest);
        Assert.True(problem.Errors.ContainsKey("pageSize"), string.Join(", ", problem.Errors.Keys));
    }

    private async Task<List<JsonElement>> WaitForEventsAsync(Func<List<JsonElement>, bool> done)
    {
        var client = service.As(TestCaller.PlatformAdmin());
        return await Eventually.Until(
            async () => (await client.GetFromJsonAsync<JsonElement>("/api/notifications/events?pageSize=200")).GetProperty("items").EnumerateArray().ToList(),
            done,
            because: "the events should be recorded");
    }

    private static Guid ProviderIdOf(JsonElement recorded) => recorded.GetProperty("payload").GetProperty("providerId").GetGuid();
}
