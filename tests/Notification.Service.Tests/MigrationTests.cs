using APPlatform.Notifications.Infrastructure;
using APPlatform.TestSupport;

namespace APPlatform.Notifications.Tests;

public sealed class MigrationTests
{
    [Fact]
    public void EveryModelChangeHasAMigration() => MigrationAssert.CoversModel<NotificationDbContext>(options => new(options));
}
