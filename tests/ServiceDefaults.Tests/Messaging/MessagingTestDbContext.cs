using APPlatform.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.ServiceDefaults.Tests.Messaging;

/// <summary>A service's database in miniature: a business table, a consumer's effects, and the outbox and inbox.</summary>
public sealed class MessagingTestDbContext(DbContextOptions<MessagingTestDbContext> options) : DbContext(options)
{
    public DbSet<Note> Notes => Set<Note>();

    public DbSet<ConsumerEffect> Effects => Set<ConsumerEffect>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddPlatformTables();
}

public sealed class Note
{
    public Guid Id { get; init; }

    public required string Text { get; init; }
}

/// <summary>One row per time the consumer ran its effect, so duplicates would show as extra rows.</summary>
public sealed class ConsumerEffect
{
    public int Id { get; init; }

    public Guid MessageId { get; init; }

    public Guid ProviderId { get; init; }
}
