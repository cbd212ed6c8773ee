using APPlatform.Identity.Infrastructure;
using APPlatform.TestSupport;

namespace APPlatform.Identity.Tests;

public sealed class MigrationTests
{
    [Fact]
    public void EveryModelChangeHasAMigration() => MigrationAssert.CoversModel<IdentityServiceDbContext>(options => new(options));
}
