using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.Notifications.Model;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.TestSupport;
using APPlatform.TestSupport.Bola;
using static APPlatform.TestSupport.Bola.DemoOrganisations;

namespace APPlatform.Notifications.Tests;

/// <summary>
/// For each demo organisation but the admin (which holds none): two webhook subscriptions (one for the route that
/// deletes it), an inbox notification and a webhook delivery, seeded as the rules and the dispatcher would leave them.
/// The admin acts on the Demoshire council's.
/// </summary>
public sealed class NotificationBolaRecords(TestServers servers) : IBolaFixture, IAsyncLifetime
{
    private readonly Dictionary<DemoOrganisation, BolaRecords> records = [];

    public NotificationService Service { get; } = new(servers);

    public string OpenApiPath => "/openapi/notification.json";

    public HttpClient As(TestCaller caller) => Service.As(caller);

    public BolaRecords? RecordsOf(DemoOrganisation organisation) => records.GetValueOrDefault(organisation);

    public async ValueTask InitializeAsync()
    {
        await Service.InitializeAsync();
        foreach (var organisation in All.Where(o => o != Admin))
        {
            records[organisation] = await RecordsAsync(organisation);
        }

        records[Admin] = records[Demoshire];
    }

    public async ValueTask DisposeAsync() => await Service.DisposeAsync();

    private async Task<BolaRecords> RecordsAsync(DemoOrganisation organisation)
    {
        var url = $"http://127.0.0.1:9/bola/{organisation.Caller.OrganisationId}";
        var subject = $"BOLA canary: for {organisation.Caller.OrganisationId} alone";
        var subscription = await SubscribeAsync(organisation, url);
        var spare = await SubscribeAsync(organisation, url);
        var now = DateTimeOffset.UtcNow;
        var notification = new Model.Notification
        {
            Id = Guid.NewGuid(), OrganisationId = organisation.Caller.OrganisationId, Rule = "bola-matrix", Role = "ap_lead", EventId = Guid.NewGuid(),
            EventType = "PlacementStarted", Subject = subject, Body = subject, CreatedAt = now,
        };
        var delivery = await Service.WithDbAsync(async db =>
        {
            var webhook = Delivery.ForSubscriber((await db.Subscriptions.FindAsync(subscription))!, Guid.NewGuid(), "PlacementStarted", "{}", now);
            db.Notifications.Add(notification);
            db.Deliveries.Add(webhook);
            await db.SaveChangesAsync();
            return webhook.Id;
        });

        var own = new BolaRecords
        {
            ["subscriptions/{id}"] = subscription.ToString(),
            ["DELETE subscriptions/{id}"] = spare.ToString(),
            ["inbox/{id}"] = notification.Id.ToString(),
            ["deliveries/{id}"] = delivery.ToString(),
        };
        own.Secrets.AddRange([url, subject]);
        return own;
    }

    /// <summary>A webhook for an event that can name the organisation (no placement event names a trust; a referral's decision does).</summary>
    private async Task<Guid> SubscribeAsync(DemoOrganisation organisation, string url)
    {
        var eventType = organisation.Caller.OrganisationType == OrganisationType.Trust ? "ReferralDecided" : "PlacementStarted";
        var response = await Service.As(organisation.Caller).PostAsJsonAsync("/api/notifications/subscriptions", new { url, eventTypes = new[] { eventType } });
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
