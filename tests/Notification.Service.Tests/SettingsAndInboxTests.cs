using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.Contracts.Attendance;
using APPlatform.TestSupport;
using MassTransit;

namespace APPlatform.Notifications.Tests;

/// <summary>An organisation's choices (who holds each role, which rules reach it how) and its inbox.</summary>
public sealed class SettingsAndInboxTests(NotificationService service) : IClassFixture<NotificationService>
{
    [Fact]
    public async Task ATokenWithoutTheNotificationsScopeIsRefusedByTheServiceItself()
    {
        var response = await service.As(TestCaller.School().Without("notifications")).GetAsync("/api/notifications/inbox");

        await ProblemAssert.HasStatus(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ARuleTurnedOffTellsNoOneAndInboxOnlySendsNoEmail()
    {
        var school = TestCaller.School();
        var contacts = await service.SetContactsAsync(school, ["attendance_lead", "dsl"],
            channels: new Dictionary<string, string> { ["absence-reported"] = "off", ["absence-not-followed-up"] = "inbox" });

        var absence = await PublishAbsenceAsync(school);
        var overdue = NewId.NextGuid();
        await service.Bus.PublishAsync(new UnexplainedAbsenceNotFollowedUp(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), school.OrganisationId,
            DateOnly.FromDateTime(DateTime.UtcNow), "AM", DateTimeOffset.UtcNow), overdue);

        var told = await service.WaitForInboxAsync(school, overdue, count: 2);
        await service.WaitForLoggedAsync(absence, nameof(AbsenceReported));
        Assert.All(told, n => Assert.Empty(n.GetProperty("deliveries").EnumerateArray()));
        Assert.DoesNotContain(await service.InboxAsync(school), n => n.GetProperty("eventId").GetGuid() == absence);
        Assert.Empty(await service.Mail.ToAsync(contacts["attendance_lead"]));
        Assert.Empty(await service.Mail.ToAsync(contacts["dsl"]));
    }

    [Fact]
    public async Task TheSettingsListEveryRuleWithTheChannelTheOrganisationChose()
    {
        var la = TestCaller.LocalAuthority();
        await service.SetContactsAsync(la, ["la_ap_team"], channels: new Dictionary<string, string> { ["placement-started"] = "inbox" });

        var settings = await service.As(la).GetFromJsonAsync<JsonElement>("/api/notifications/settings");

        var rules = settings.GetProperty("rules").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!);
        Assert.Equal("inbox", rules["placement-started"].GetProperty("channel").GetString());
        Assert.Equal("email", rules["placement-started"].GetProperty("defaultChannel").GetString());
        Assert.Equal("email", rules["placement-ended"].GetProperty("channel").GetString());
        Assert.Equal("inbox", rules["report-submitted"].GetProperty("channel").GetString());
        Assert.Single(settings.GetProperty("contacts").GetProperty("la_ap_team").EnumerateArray());
    }

    [Fact]
    public async Task UnknownRolesRulesAndBadAddressesAreRefusedAndNothingIsSaved()
    {
        var school = TestCaller.School();
        var response = await service.As(school).PutAsJsonAsync("/api/notifications/settings", new
        {
            contacts = new Dictionary<string, string[]> { ["headteacher"] = ["head@example.org"], ["dsl"] = ["not an address"] },
            channels = new Dictionary<string, string> { ["no-such-rule"] = "off" },
        });

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.BadRequest);
        Assert.Contains("contacts.headteacher", problem.Errors.Keys);
        Assert.Contains("contacts.dsl", problem.Errors.Keys);
        Assert.Contains("channels.no-such-rule", problem.Errors.Keys);
        var saved = await service.As(school).GetFromJsonAsync<JsonElement>("/api/notifications/settings");
        Assert.Empty(saved.GetProperty("contacts").EnumerateObject());
    }

    [Fact]
    public async Task AnUnknownChannelIsRefused()
    {
        var response = await service.As(TestCaller.School()).PutAsJsonAsync("/api/notifications/settings",
            new { contacts = new { }, channels = new Dictionary<string, string> { ["absence-reported"] = "pigeon" } });

        await ProblemAssert.HasStatus(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task APlatformAdminHasNoSettingsOrSubscriptions()
    {
        var admin = service.As(TestCaller.PlatformAdmin());

        await ProblemAssert.HasStatus(await admin.GetAsync("/api/notifications/settings"), HttpStatusCode.Forbidden);
        await ProblemAssert.HasStatus(await admin.GetAsync("/api/notifications/subscriptions"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task NotificationsAreReadAndUnreadAndCountedUnread()
    {
        var school = TestCaller.School();
        var first = await PublishAbsenceAsync(school);
        var second = await PublishAbsenceAsync(school);
        await service.WaitForInboxAsync(school, second);
        var notification = (await service.WaitForInboxAsync(school, first)).Single().GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.NoContent, (await service.As(school).PostAsync($"/api/notifications/inbox/{notification}/read", null)).StatusCode);

        var page = await service.As(school).GetFromJsonAsync<JsonElement>("/api/notifications/inbox?show=unread");
        Assert.Equal(1, page.GetProperty("unread").GetInt32());
        Assert.Equal(second, Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("eventId").GetGuid());
        var read = Assert.Single(await service.InboxAsync(school, "&show=read"));
        Assert.NotEqual(JsonValueKind.Null, read.GetProperty("readAt").ValueKind);

        Assert.Equal(HttpStatusCode.NoContent, (await service.As(school).PostAsync($"/api/notifications/inbox/{notification}/unread", null)).StatusCode);
        Assert.Equal(2, (await service.As(school).GetFromJsonAsync<JsonElement>("/api/notifications/inbox")).GetProperty("unread").GetInt32());
    }

    [Fact]
    public async Task AnotherOrganisationNeitherSeesNorMarksTheNotification()
    {
        var school = TestCaller.School();
        var notification = (await service.WaitForInboxAsync(school, await PublishAbsenceAsync(school))).Single().GetProperty("id").GetGuid();
        var other = TestCaller.School();

        await ProblemAssert.HasStatus(await service.As(other).PostAsync($"/api/notifications/inbox/{notification}/read", null), HttpStatusCode.NotFound);
        Assert.Empty(await service.InboxAsync(other));
        Assert.All(await service.InboxAsync(school), n => Assert.Equal(JsonValueKind.Null, n.GetProperty("readAt").ValueKind));
    }

    [Fact]
    public async Task AnEventDeliveredTwiceTellsAndEmailsOnce()
    {
        var school = TestCaller.School();
        var contacts = await service.SetContactsAsync(school, ["attendance_lead"]);
        var eventId = NewId.NextGuid();
        var absence = SampleEvents.Absence(school.OrganisationId);
        await service.Bus.PublishAsync(absence, eventId);
        await service.Bus.PublishAsync(absence, eventId);
        var later = await PublishAbsenceAsync(school);

        await service.WaitForInboxAsync(school, later);
        await service.WaitForInboxAsync(school, eventId);
        await service.Mail.WaitForAsync(contacts["attendance_lead"], mail => mail.Count >= 2, because: "both absences should be emailed");
        Assert.Single(await service.InboxAsync(school), n => n.GetProperty("eventId").GetGuid() == eventId);
        Assert.Equal(2, (await service.Mail.ToAsync(contacts["attendance_lead"])).Count);
    }

    private async Task<Guid> PublishAbsenceAsync(TestCaller school)
    {
        var eventId = NewId.NextGuid();
        await service.Bus.PublishAsync(SampleEvents.Absence(school.OrganisationId), eventId);
        return eventId;
    }

    [Fact]
    public async Task AmongAnOrganisationsPeopleOnlyAnAdministratorChangesItsSettings()
    {
        var school = TestCaller.School();
        var body = new { contacts = new Dictionary<string, string[]> { ["attendance_lead"] = ["outside@example.org"] } };

        await ProblemAssert.HasStatus(
            await service.As(school.AsPerson("Sid Staff", "staff")).PutAsJsonAsync("/api/notifications/settings", body), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await service.As(school.AsPerson("Ada Admin", "administrator")).PutAsJsonAsync("/api/notifications/settings", body)).StatusCode);
    }
}
