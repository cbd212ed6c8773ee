using APPlatform.Contracts.Attendance;
using APPlatform.Contracts.Placements;
using APPlatform.Notifications.Rules;
using APPlatform.TestSupport;
using MassTransit;

namespace APPlatform.Notifications.Tests;

/// <summary>
/// The rules' wiring over RabbitMQ: an event reaches the inbox of each organisation a rule tells, under the rule's role
/// with a link to the record, and the email reaches the contact that organisation named for the role. Who each rule
/// tells, and no one else, is WhoIsToldTests' (Notification.Model.Tests), for every rule.
/// </summary>
public sealed class RuleTests(NotificationService service) : IClassFixture<NotificationService>
{
    [Fact]
    public async Task AnEventReachesTheInboxAndTheEmailOfEachOrganisationItTells()
    {
        var school = TestCaller.School();
        var la = TestCaller.LocalAuthority();
        var schoolContacts = await service.SetContactsAsync(school, [Roles.AttendanceLead]);
        var laContacts = await service.SetContactsAsync(la, [Roles.LocalAuthorityAttendanceTeam]);
        var eventId = NewId.NextGuid();

        await service.Bus.PublishAsync(new ConsecutiveAbsence(Guid.NewGuid(), Guid.NewGuid(), school.OrganisationId, la.OrganisationId, 10,
            DateTimeOffset.UtcNow), eventId);

        foreach (var (organisation, role, address) in new[]
                 {
                     (school, Roles.AttendanceLead, schoolContacts[Roles.AttendanceLead]),
                     (la, Roles.LocalAuthorityAttendanceTeam, laContacts[Roles.LocalAuthorityAttendanceTeam]),
                 })
        {
            var item = Assert.Single(await service.WaitForInboxAsync(organisation, eventId));
            Assert.Equal(("consecutive-absence", role), (item.GetProperty("rule").GetString(), item.GetProperty("role").GetString()));
            Assert.StartsWith("/api/attendance/summaries/placements/", item.GetProperty("link").GetString());
            Assert.Equal(item.GetProperty("subject").GetString(), Assert.Single(await service.Mail.WaitForAsync(address)).Subject);
        }
    }

    [Fact]
    public async Task TheProviderIsToldThatWhatItMustKnowWasSharedAndToReadItInThePlatform()
    {
        var provider = TestCaller.Provider();
        var contacts = await service.SetContactsAsync(provider, [Roles.ProviderContact]);
        var (placement, eventId) = (Guid.NewGuid(), NewId.NextGuid());

        await service.Bus.PublishAsync(new ProviderBriefingShared(placement, Guid.NewGuid(), provider.OrganisationId, DateTimeOffset.UtcNow), eventId);

        var item = Assert.Single(await service.WaitForInboxAsync(provider, eventId));
        Assert.Equal(("briefing-shared", $"/api/placements/{placement}/briefing"), (item.GetProperty("rule").GetString(), item.GetProperty("link").GetString()));
        Assert.Contains("It is not sent by email", Assert.Single(await service.Mail.WaitForAsync(contacts[Roles.ProviderContact])).Text);
    }
}
