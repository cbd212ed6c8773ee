using APPlatform.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.ProviderDirectory.Infrastructure;

internal sealed class DirectoryDbContextDesignTimeFactory : DesignTimeDbContextFactory<DirectoryDbContext>
{
    protected override DirectoryDbContext Create(DbContextOptions<DirectoryDbContext> options) => new(options);
}
