using APPlatform.ProviderDirectory.Model;
using APPlatform.ProviderDirectory.Model.Audits;
using APPlatform.ProviderDirectory.Model.Changes;
using APPlatform.ProviderDirectory.Model.Concerns;
using APPlatform.ProviderDirectory.Model.Threshold;
using APPlatform.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.ProviderDirectory.Infrastructure;

public sealed class DirectoryDbContext(DbContextOptions<DirectoryDbContext> options) : DbContext(options)
{
    public DbSet<Provider> Providers => Set<Provider>();

    public DbSet<AuditRiskAssessment> Audits => Set<AuditRiskAssessment>();

    public DbSet<Concern> Concerns => Set<Concern>();

    public DbSet<ChangeRequest> ChangeRequests => Set<ChangeRequest>();

    public DbSet<PlacementAtProvider> Placements => Set<PlacementAtProvider>();

    public DbSet<ThresholdAlert> ThresholdAlerts => Set<ThresholdAlert>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DirectoryDbContext).Assembly);
        modelBuilder.AddPlatformTables();
    }
}
