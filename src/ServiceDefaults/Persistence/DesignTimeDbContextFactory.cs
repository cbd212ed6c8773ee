using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace APPlatform.ServiceDefaults.Persistence;

/// <summary>
/// Lets `dotnet ef migrations add` build a service's DbContext without starting the service (no connection strings,
/// no broker). Generating a migration needs no database, so the connection string is a placeholder.
/// </summary>
public abstract class DesignTimeDbContextFactory<TContext> : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args) =>
        Create(new DbContextOptionsBuilder<TContext>().UseNpgsql("Host=design-time-only").Options);

    protected abstract TContext Create(DbContextOptions<TContext> options);
}
