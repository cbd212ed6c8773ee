using APPlatform.Notifications.Rules;
using APPlatform.TestSupport;
using MassTransit;

namespace APPlatform.Notifications.Tests;

/// <summary>
/// Each rule over RabbitMQ: its event reaches the inbox of every organisation it should tell, under the right role,
/// with a link to the record it is about,
/// is emailed to the contact that organisation named for that role (each organisation here asks for email), and
/// reaches no one else the event names.
/// </summary>
public sealed class RuleTests(NotificationService service) : IClassFixture<NotificationService>
{
    public static TheoryData<string> Rules => new(NotificationRules.All.Select(rule => rule.Name));

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task TheRuleTellsWhoItShouldAndNoOneElse(string rule)
    {
        var sample = RuleSamples.For(rule);
        var addresses = new Dictionary<Told, string>();
        foreach (var organisation in sample.Told.GroupBy(t => t.Organisation))
        {
            var contacts = await service.SetContactsAsync(organisation.Key, organisation.Select(t => t.Role).Where(Roles.WithContacts.Contains),
                channels: new Dictionary<string, string> { [rule] = "email" });
            foreach (var told in organisation.Where(t => contacts.ContainsKey(t.Role)))
            {
                addresses[told] = contacts[told.Role];
            }
        }

        var eventId = NewId.NextGuid();
        await service.Bus.PublishAsync(sample.Event, eventId);

        foreach (var organisation in sample.Told.GroupBy(t => t.Organisation))
        {
            var items = await service.WaitForInboxAsync(organisation.Key, eventId, organisation.Count());
            Assert.Equal(organisation.Select(t => t.Role).Order(), items.Select(n => n.GetProperty("role").GetString()).Order());
            Assert.All(items, n => Assert.Equal(rule, n.GetProperty("rule").GetString()));
            Assert.All(items, n => Assert.StartsWith("/api/", n.GetProperty("link").GetString()));
            foreach (var told in organisation.Where(addresses.ContainsKey))
            {
                var item = items.Single(n => n.GetProperty("role").GetString() == told.Role);
                var mail = await service.Mail.WaitForAsync(addresses[told]);
                Assert.Equal(item.GetProperty("subject").GetString(), Assert.Single(mail).Subject);
            }
        }

        foreach (var quiet in sample.Quiet)
        {
            Assert.DoesNotContain(await service.InboxAsync(quiet), n => n.GetProperty("eventId").GetGuid() == eventId);
        }
    }
}
