using APPlatform.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.ServiceDefaults.Tests.Idempotency;

/// <summary>
/// A service's database in miniature for Idempotency-Key requests: one row per time an effect ran, and the platform
/// tables.
/// </summary>
public sealed class IdempotencyTestDbContext(DbContextOptions<IdempotencyTestDbContext> options) : DbContext(options)
{
    public DbSet<Effect> Effects => Set<Effect>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddPlatformTables();
}

public sealed class Effect
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    public required string Text { get; init; }
}
