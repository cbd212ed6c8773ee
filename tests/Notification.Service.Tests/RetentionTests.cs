using System.Net;
using APPlatform.Notifications.Infrastructure;
using APPlatform.Notifications.Model;
using APPlatform.ServiceDefaults.Persistence.Retention;
using APPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace APPlatform.Notifications.Tests;

/// <summary>The retention schedule: copies of what was sent and received are not kept past their time.</summary>
public sealed class RetentionTests(NotificationService service) : IClassFixture<NotificationService>
{
    [Fact]
    public async Task DeliveryBodiesPastThirtyDaysAreEmptiedAndEventsPastTheirYearDeletedWhileRecentOnesStay()
    {
        var now = DateTimeOffset.UtcNow;
        var school = TestCaller.School();
        var (old, recent) = (Sent(school, now.AddDays(-31)), Sent(school, now.AddDays(-29)));
        var (oldEvent, recentEvent) = (Received(now.AddDays(-401)), Received(now.AddDays(-399)));
        await service.WithDbAsync(async db =>
        {
            db.AddRange(old.Notification, old.Delivery, recent.Notification, recent.Delivery, oldEvent, recentEvent);
            return await db.SaveChangesAsync();
        });

        await service.App.Services.GetRequiredService<RetentionJob<NotificationDbContext>>().RunOnceAsync(TestContext.Current.CancellationToken);

        var bodies = await service.WithDbAsync(db => db.Deliveries.Where(d => d.Id == old.Delivery.Id || d.Id == recent.Delivery.Id)
            .ToDictionaryAsync(d => d.Id, d => d.Body));
        Assert.Equal("", bodies[old.Delivery.Id]);
        Assert.Equal("<p>Dear parent</p>", bodies[recent.Delivery.Id]);
        var events = await service.WithDbAsync(db => db.ReceivedEvents.Where(e => e.MessageId == oldEvent.MessageId || e.MessageId == recentEvent.MessageId)
            .Select(e => e.MessageId).ToListAsync());
        Assert.Equal([recentEvent.MessageId], events);
        var replay = await service.As(school).PostAsync($"/api/notifications/deliveries/{old.Delivery.Id}/replay", null);
        var problem = await ProblemAssert.HasStatus(replay, HttpStatusCode.Gone);
        Assert.Contains("no longer kept", problem.Detail);
    }

    private static (Model.Notification Notification, Delivery Delivery) Sent(TestCaller school, DateTimeOffset at)
    {
        var notification = new Model.Notification
        {
            Id = Guid.NewGuid(), OrganisationId = school.OrganisationId, Rule = "retention-test", Role = "attendance_lead", EventId = Guid.NewGuid(),
            EventType = "AbsenceReported", Subject = "Absence", Body = "An absence", CreatedAt = at,
        };
        var delivery = Delivery.Email(notification, "lead@school.example.org", "<p>Dear parent</p>", isHtml: true, at);
        delivery.Succeeded(at);
        return (notification, delivery);
    }

    private static ReceivedEvent Received(DateTimeOffset at) =>
        new() { MessageId = Guid.NewGuid(), Type = "AbsenceReported", Payload = "{}", OccurredAt = at, ReceivedAt = at };
}
