using APPlatform.ProviderDirectory.Infrastructure;
using APPlatform.TestSupport;

namespace APPlatform.ProviderDirectory.Tests;

public sealed class MigrationTests
{
    [Fact]
    public void EveryModelChangeHasAMigration() => MigrationAssert.CoversModel<DirectoryDbContext>(options => new(options));
}
