using System.Threading.RateLimiting;
using APPlatform.Notifications.Apis;
using APPlatform.Notifications.Webhooks;

namespace APPlatform.Notifications.Model.Tests;

/// <summary>
/// Each organisation may ask for a number of replays per window (60 a minute), emails and webhooks together; the 429
/// a client then gets is WebhookTests' (Notification.Service.Tests).
/// </summary>
public sealed class ReplayLimitTests
{
    [Fact]
    public void AnOrganisationMayReplaySixtyTimesAMinuteAndIsThenToldWhenToRetry()
    {
        using var limiter = Limiter(new WebhookOptions());
        var organisation = Guid.NewGuid();

        var granted = Enumerable.Range(0, 60).Select(_ => limiter.AttemptAcquire(organisation)).ToList();
        using var refused = limiter.AttemptAcquire(organisation);

        Assert.All(granted, lease => Assert.True(lease.IsAcquired));
        Assert.False(refused.IsAcquired);
        Assert.True(refused.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter));
        Assert.InRange(retryAfter, TimeSpan.Zero, TimeSpan.FromMinutes(1));
    }

    [Fact]
    public void OneOrganisationsReplaysDoNotUseUpAnothersAllowance()
    {
        using var limiter = Limiter(new WebhookOptions { ReplaysPerWindow = 2 });
        var busy = Guid.NewGuid();
        limiter.AttemptAcquire(busy);
        limiter.AttemptAcquire(busy);

        Assert.False(limiter.AttemptAcquire(busy).IsAcquired);
        Assert.True(limiter.AttemptAcquire(Guid.NewGuid()).IsAcquired);
    }

    private static PartitionedRateLimiter<Guid> Limiter(WebhookOptions options) =>
        PartitionedRateLimiter.Create<Guid, Guid>(organisation => ReplayRateLimit.Partition(organisation, () => options));
}
