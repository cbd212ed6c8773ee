using APPlatform.Contracts.Referrals;
using APPlatform.Notifications.Infrastructure;
using APPlatform.TestSupport;

namespace APPlatform.Notifications.Tests;

/// <summary>Notification.Service with the token issuer and Referral.Service played by <see cref="ReferralStandIn"/>.</summary>
public sealed class NotificationWithReferralStandIn(TestServers servers)
    : ServiceUnderTest<NotificationDbContext>(servers, NotificationServiceExtensions.DatabaseName, NotificationService.Settings)
{
    public ReferralStandIn Referral { get; private set; } = null!;

    public TestBus Bus { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        Referral = await ReferralStandIn.StartAsync();
        App = await Servers.StartServiceAsync<NotificationDbContext>(NotificationServiceExtensions.DatabaseName, EntityPrefix,
            new Dictionary<string, string?>(NotificationService.Settings)
            {
                ["Notification:TokenClient:TokenEndpoint"] = $"{Referral.Url}/connect/token",
                ["Notification:TokenClient:ClientSecret"] = "notification-service-secret",
                ["services:referral:http:0"] = Referral.Url,
            });
        Bus = await TestBus.StartAsync(Servers.Messaging, EntityPrefix);
    }
}

/// <summary>The parents' letter: fetched with a token for that one letter, from an address built from the placement's id.</summary>
public sealed class ParentLetterTests(NotificationWithReferralStandIn service) : IClassFixture<NotificationWithReferralStandIn>
{
    [Fact]
    public async Task TheLetterIsFetchedWithATokenForItsPlacementAloneFromTheAddressThePlacementIdGives()
    {
        var (school, placement) = (Guid.NewGuid(), Guid.NewGuid());

        await service.Bus.PublishAsync(new ParentNotificationIssued(Guid.NewGuid(), placement, Guid.NewGuid(), school, false,
            DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14), DateTimeOffset.UtcNow));

        var letter = Assert.Single(await new Mailbox(service.Servers.Mail).WaitForAsync(service.Referral.CarerEmail, because: "the letter should be emailed"));
        Assert.Contains($"The letter of placement {placement}", letter.Html);
        var calls = service.Referral.Calls;
        var form = Assert.Single(calls, call => call.Path == "/connect/token").Form;
        Assert.Equal(school.ToString(), form["school_id"]);
        Assert.Equal(placement.ToString(), form["placement_id"]);
        Assert.Equal("parent-letters", form["scope"]);
        Assert.Equal(
            [$"/api/placements/{placement}/parent-notification/letter", $"/api/placements/{placement}/parent-notification/recipients"],
            calls.Where(call => call.Path != "/connect/token").Select(call => call.Path));
        Assert.All(calls.Where(call => call.Path != "/connect/token"), call => Assert.Equal($"Bearer letter-{placement}", call.Authorization));
    }
}
