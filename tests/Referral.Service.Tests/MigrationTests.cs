using APPlatform.Referrals.Infrastructure;
using APPlatform.TestSupport;

namespace APPlatform.Referrals.Tests;

public sealed class MigrationTests
{
    [Fact]
    public void EveryModelChangeHasAMigration() => MigrationAssert.CoversModel<ReferralDbContext>(options => new(options));
}
