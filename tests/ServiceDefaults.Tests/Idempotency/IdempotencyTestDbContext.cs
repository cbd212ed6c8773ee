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

    /// <summary>Texts starting "unique:" may be written once, so that two requests can race to add the same one.</summary>
    public const string UniquePrefix = "unique:";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddPlatformTables();
        modelBuilder.Entity<Effect>().HasIndex(effect => effect.Text).IsUnique().HasFilter($"\"Text\" LIKE '{UniquePrefix}%'");
    }
}

public sealed class Effect
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    public required string Text { get; init; }
}
