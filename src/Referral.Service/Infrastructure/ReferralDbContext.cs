using APPlatform.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Referrals.Infrastructure;

public sealed class ReferralDbContext(DbContextOptions<ReferralDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ReferralDbContext).Assembly);
        modelBuilder.AddPlatformTables();
    }
}
