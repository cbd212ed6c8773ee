using APPlatform.ProviderDirectory.Infrastructure;
using APPlatform.ProviderDirectory.Model;
using APPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace APPlatform.ProviderDirectory.Tests;

public sealed class MigrationTests(TestServers servers)
{
    [Fact]
    public void EveryModelChangeHasAMigration() => MigrationAssert.CoversModel<DirectoryDbContext>(options => new(options));

    [Fact]
    public async Task AProviderStoredBeforeTheDirectoryRecordIsUpgradedToAFullListedRecordWithEveryChecklistItemUnchecked()
    {
        var connectionString = await servers.CreateDatabaseAsync("directory_upgrade");
        await using var db = new DirectoryDbContext(new DbContextOptionsBuilder<DirectoryDbContext>().UseNpgsql(connectionString).Options);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("20261122115744_Initial", TestContext.Current.CancellationToken);
        var id = Guid.NewGuid();
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "Providers" ("Id", "Name", "CreatedAt", "CreatedBy") VALUES ({id}, 'Early Skills Ltd', {DateTimeOffset.UtcNow.AddDays(-3)}, {Guid.NewGuid()})""",
            TestContext.Current.CancellationToken);

        await migrator.MigrateAsync(cancellationToken: TestContext.Current.CancellationToken);

        var provider = await db.Providers.SingleAsync(p => p.Id == id, TestContext.Current.CancellationToken);
        Assert.Equal("Early Skills Ltd", provider.Name);
        Assert.Equal(ListingStatus.Listed, provider.Status);
        Assert.Equal(RegistrationStatus.Unregistered, provider.Registration.Status);
        Assert.Equal(Enum.GetValues<AssuranceType>().Order(), provider.Assurances.Select(a => a.Type).Order());
        Assert.All(provider.Assurances, assurance => Assert.False(assurance.Given));
        Assert.Equal(Enum.GetValues<DocumentType>().Order(), provider.Documents.Select(d => d.Type).Order());
        Assert.Equal(provider.CreatedAt, provider.UpdatedAt);
    }

    [Fact]
    public async Task AProviderListedOnSeveralDirectoriesBeforeOwnershipIsKeptByTheAuthorityThatListedItFirst()
    {
        var connectionString = await servers.CreateDatabaseAsync("directory_owner_upgrade");
        await using var db = new DirectoryDbContext(new DbContextOptionsBuilder<DirectoryDbContext>().UseNpgsql(connectionString).Options);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("20261122142044_ProviderDirectory", TestContext.Current.CancellationToken);
        var (id, first, second, now) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), DateTimeOffset.UtcNow);
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "Providers" ("Id", "Name", "CreatedAt", "CreatedBy") VALUES ({id}, 'Border Skills', {now.AddDays(-9)}, {first})""",
            TestContext.Current.CancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "LocalAuthorityListings" ("ProviderId", "LocalAuthorityId", "ListedAt", "ListedBy")
            VALUES ({id}, {second}, {now.AddDays(-2)}, {second}), ({id}, {first}, {now.AddDays(-9)}, {first})
            """,
            TestContext.Current.CancellationToken);

        await migrator.MigrateAsync(cancellationToken: TestContext.Current.CancellationToken);

        var provider = await db.Providers.SingleAsync(p => p.Id == id, TestContext.Current.CancellationToken);
        Assert.Equal(first, provider.OwnerId);
    }
}
