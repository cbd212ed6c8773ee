using APPlatform.Contracts.Providers;
using APPlatform.Referrals.Model.Directory;
using APPlatform.ServiceDefaults.Messaging.Inbox;
using APPlatform.TestSupport;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Referrals.Tests;

/// <summary>Referral.Service's copy of the directory, kept from Directory.Service's events over RabbitMQ.</summary>
public sealed class DirectoryReadModelTests(ReferralService service) : IClassFixture<ReferralService>
{
    [Fact]
    public async Task ListingSuspensionReinstatementAndRegistrationAreFollowedAndAnOlderEventNeverWins()
    {
        var id = Guid.NewGuid();
        var t0 = DateTimeOffset.UtcNow.AddMinutes(-10);

        await service.Bus.PublishAsync(new ProviderListed(id, "Follow Me Ltd", IsRegistered: false, t0));
        await service.Bus.PublishAsync(new ProviderSuspended(id, "Follow Me Ltd", t0.AddMinutes(1)));
        await WaitForAsync(id, p => p.Listing == ProviderListing.Suspended);
        await service.Bus.PublishAsync(new ProviderUpdated(id, "Follow Me Ltd", IsRegistered: true, t0.AddMinutes(2)));
        await service.Bus.PublishAsync(new ProviderListed(id, "Follow Me School", IsRegistered: true, t0.AddMinutes(3)));
        var reinstated = await WaitForAsync(id, p => p.Listing == ProviderListing.Listed && p.Name == "Follow Me School");
        var stale = NewId.NextGuid();
        await service.Bus.PublishAsync(new ProviderRemoved(id, "Follow Me Ltd", t0.AddMinutes(-5)), stale);
        await Eventually.Until(() => service.WithDbAsync(db => db.Set<InboxMessage>().AnyAsync(m => m.MessageId == stale)), handled => handled,
            because: "the stale event should be consumed");

        var provider = await service.WithDbAsync(db => db.Providers.FindAsync(id).AsTask());
        Assert.True(reinstated.IsRegistered);
        Assert.Equal(ProviderListing.Listed, provider!.Listing);
    }

    [Fact]
    public async Task AnAuditDeliveredTwiceIsKeptOnce()
    {
        var audit = new ProviderAuditCompleted(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), null, Guid.NewGuid(), true, true,
            DateOnly.FromDateTime(DateTime.UtcNow), DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1), DateTimeOffset.UtcNow);
        var messageId = NewId.NextGuid();
        var resent = NewId.NextGuid();

        await service.Bus.PublishAsync(audit, messageId);
        await service.Bus.PublishAsync(audit, messageId);
        await service.Bus.PublishAsync(audit, resent);

        // All three handled (the repeat dropped by the inbox, the resend by the consumer): nothing more can arrive.
        await service.WaitForDeliveriesAsync(messageId, count: 2);
        await service.WaitForDeliveriesAsync(resent);
        Assert.Equal(1, await service.WithDbAsync(db => Task.FromResult(db.Audits.Count(a => a.AuditId == audit.AuditId))));
    }

    private Task<ProviderSnapshot> WaitForAsync(Guid id, Func<ProviderSnapshot, bool> done) =>
        Eventually.Until(async () => await service.WithDbAsync(db => db.Providers.FindAsync(id).AsTask()) ?? new ProviderSnapshot { ProviderId = id, Listing = (ProviderListing)(-1) },
            done, because: "the directory's events should arrive");
}
