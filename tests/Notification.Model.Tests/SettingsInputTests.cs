using System.ComponentModel.DataAnnotations;
using APPlatform.Notifications.Apis;
using APPlatform.Notifications.Model;
using APPlatform.Notifications.Rules;

namespace APPlatform.Notifications.Model.Tests;

/// <summary>
/// What an organisation may set: up to ten valid addresses for each role it holds contacts for, and a channel for
/// each rule there is. That a refused setting answers 400 and saves nothing is SettingsAndInboxTests'.
/// </summary>
public sealed class SettingsInputTests
{
    [Theory]
    [InlineData("headteacher", "head@school.example", "contacts.headteacher")] // not a role
    [InlineData("parents", "parent@home.example", "contacts.parents")]         // from the referral, never from settings
    [InlineData("dsl", "not-an-address", "contacts.dsl")]
    [InlineData("dsl", "@school.example", "contacts.dsl")]
    public void AContactForAnUnknownRoleOrWithAnInvalidAddressIsRefused(string role, string address, string field) =>
        Assert.Equal([field], Refused(new SettingsInput(new() { [role] = [address] }, null)));

    [Theory]
    [InlineData(SettingsInput.MaxContactsPerRole, 20, false)]
    [InlineData(SettingsInput.MaxContactsPerRole + 1, 20, true)]
    [InlineData(1, 254, false)]
    [InlineData(1, 255, true)]
    public void ARoleTakesUpToTenAddressesOfUpTo254Characters(int addresses, int length, bool refused)
    {
        var contacts = Enumerable.Range(0, addresses).Select(i => $"{i:D3}{new string('a', length - 3 - "@school.example".Length)}@school.example").ToList();

        Assert.Equal(refused ? new[] { "contacts.attendance_lead" } : [], Refused(new SettingsInput(new() { ["attendance_lead"] = contacts }, null)));
    }

    [Fact]
    public void AChannelForARuleThatDoesNotExistIsRefused() =>
        Assert.Equal(["channels.absence-forgotten"],
            Refused(new SettingsInput([], new() { ["absence-forgotten"] = Channel.Off, ["absence-reported"] = Channel.Inbox })));

    [Fact]
    public void EveryRoleWithContactsAndEveryRulesChannelMayBeSet() =>
        Assert.Empty(Refused(new SettingsInput(
            Roles.WithContacts.ToDictionary(role => role, role => new List<string> { $"{role}@organisation.example" }),
            NotificationRules.All.ToDictionary(rule => rule.Name, _ => Channel.Inbox))));

    private static IEnumerable<string> Refused(SettingsInput input) =>
        input.Validate(new ValidationContext(input)).SelectMany(result => result.MemberNames);
}
