using APPlatform.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Identity.Infrastructure;

internal sealed class IdentityServiceDbContextDesignTimeFactory : DesignTimeDbContextFactory<IdentityServiceDbContext>
{
    protected override IdentityServiceDbContext Create(DbContextOptions<IdentityServiceDbContext> options) => new(options);
}
