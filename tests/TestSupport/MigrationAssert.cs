using Microsoft.EntityFrameworkCore;

namespace APPlatform.TestSupport;

public static class MigrationAssert
{
    /// <summary>Fails when the EF model has changes no migration covers (the fix: scripts/add-migration.sh).</summary>
    public static void CoversModel<TContext>(Func<DbContextOptions<TContext>, TContext> create)
        where TContext : DbContext
    {
        using var db = create(new DbContextOptionsBuilder<TContext>().UseNpgsql("Host=not-connected").Options);
        Assert.False(db.Database.HasPendingModelChanges(),
            $"{typeof(TContext).Name} has model changes that no migration covers: run scripts/add-migration.sh <Service> <Name>.");
    }
}
