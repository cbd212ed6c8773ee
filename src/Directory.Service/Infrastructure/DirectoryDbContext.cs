using APPlatform.ProviderDirectory.Model;
using APPlatform.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.ProviderDirectory.Infrastructure;

public sealed class DirectoryDbContext(DbContextOptions<DirectoryDbContext> options) : DbContext(options)
{
    public DbSet<Provider> Providers => Set<Provider>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DirectoryDbContext).Assembly);
        modelBuilder.AddMessagingTables();
    }
}
