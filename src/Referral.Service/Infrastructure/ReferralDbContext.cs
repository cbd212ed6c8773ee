using APPlatform.Referrals.Model;
using APPlatform.Referrals.Model.Attendance;
using APPlatform.Referrals.Model.Briefings;
using APPlatform.Referrals.Model.Directory;
using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Policies;
using APPlatform.Referrals.Model.Referrals;
using APPlatform.Referrals.Model.Suspensions;
using APPlatform.ServiceDefaults.AccessLog;
using APPlatform.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Referrals.Infrastructure;

public sealed class ReferralDbContext(DbContextOptions<ReferralDbContext> options) : DbContext(options)
{
    public DbSet<Pupil> Pupils => Set<Pupil>();

    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<Placement> Placements => Set<Placement>();

    public DbSet<ProviderReport> ProviderReports => Set<ProviderReport>();

    public DbSet<ProviderBriefing> ProviderBriefings => Set<ProviderBriefing>();

    public DbSet<Suspension> Suspensions => Set<Suspension>();

    public DbSet<TrustPolicy> TrustPolicies => Set<TrustPolicy>();

    public DbSet<SchoolCalendar> SchoolCalendars => Set<SchoolCalendar>();

    public DbSet<ProviderSnapshot> Providers => Set<ProviderSnapshot>();

    public DbSet<AuditSnapshot> Audits => Set<AuditSnapshot>();

    public DbSet<SchoolWeekAttendance> SchoolWeeks => Set<SchoolWeekAttendance>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ReferralDbContext).Assembly);
        modelBuilder.AddPlatformTables();
        modelBuilder.AddAccessLog();
    }
}
