using APPlatform.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Referrals.Infrastructure;

internal sealed class ReferralDbContextDesignTimeFactory : DesignTimeDbContextFactory<ReferralDbContext>
{
    protected override ReferralDbContext Create(DbContextOptions<ReferralDbContext> options) => new(options);
}
