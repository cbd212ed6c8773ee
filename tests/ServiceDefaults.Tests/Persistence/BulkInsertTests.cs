using APPlatform.ServiceDefaults.Persistence;
using APPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.ServiceDefaults.Tests.Persistence;

/// <summary>Rows inserted in one statement read back as EF would have written them, in the caller's transaction.</summary>
public sealed class BulkInsertTests(TestServers servers)
{
    private static readonly DateTimeOffset At = new(2026, 12, 4, 9, 15, 30, 123, TimeSpan.Zero);

    [Fact]
    public async Task EveryColumnReadsBackAsEfWouldHaveWrittenIt()
    {
        await using var db = await DatabaseAsync();
        Sample[] rows =
        [
            new() { Id = Guid.NewGuid(), Kind = SampleKind.Late, Day = new DateOnly(2026, 12, 4), At = At, Minutes = 12, Note = "Bus was late", Percent = 87.5m, Flag = true, History = [new("first", 1)] },
            new() { Id = Guid.NewGuid(), Kind = SampleKind.Absent, Day = new DateOnly(2026, 12, 3), At = At.AddHours(1), Minutes = null, Note = null, Percent = 0m, Flag = false, History = [] },
        ];

        await db.InsertAllAsync(rows, TestContext.Current.CancellationToken);

        var stored = await db.Samples.AsNoTracking().OrderBy(s => s.Day).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(rows.Reverse().Select(Describe), stored.Select(Describe));
        Assert.All(await db.Samples.Select(s => EF.Property<uint>(s, "xmin")).ToListAsync(TestContext.Current.CancellationToken), version => Assert.NotEqual(0u, version));
        // The enum is stored as the model's converter says: its name.
        Assert.Equal(["Absent", "Late"], await db.Database.SqlQueryRaw<string>("""SELECT "Kind" AS "Value" FROM "Samples" ORDER BY "Day" """).ToListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RowsInsertedInATransactionGoWhenItRollsBack()
    {
        await using var db = await DatabaseAsync();
        await using (var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken))
        {
            await db.InsertAllAsync([Row()], TestContext.Current.CancellationToken);
            Assert.Equal(1, await db.Samples.CountAsync(TestContext.Current.CancellationToken));
        }

        Assert.Equal(0, await db.Samples.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ARowThatBreaksAUniqueIndexFailsAsSaveChangesWouldAndInsertsNothing()
    {
        await using var db = await DatabaseAsync();
        var first = Row();
        await db.InsertAllAsync([first], TestContext.Current.CancellationToken);

        var problem = await Assert.ThrowsAsync<DbUpdateException>(() => db.InsertAllAsync([Row(), new Sample { Id = first.Id, History = [] }], TestContext.Current.CancellationToken));

        Assert.Contains("duplicate key", problem.Message);
        Assert.Equal(1, await db.Samples.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RowsAddedThroughTheContextAreInsertedOnceAndSaveChangesWritesOnlyTheRest()
    {
        await using var db = await DatabaseAsync();
        var held = Row();
        await db.InsertAllAsync([held], TestContext.Current.CancellationToken);
        var tracked = await db.Samples.SingleAsync(TestContext.Current.CancellationToken);
        db.Samples.AddRange(Row(), Row());
        tracked.Note = "corrected";

        await db.InsertAddedAsync<Sample>(TestContext.Current.CancellationToken);
        var saved = await db.SaveChangesAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, saved);
        Assert.Equal(3, await db.Samples.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal("corrected", await db.Samples.Where(s => s.Id == held.Id).Select(s => s.Note).SingleAsync(TestContext.Current.CancellationToken));
    }

    private static Sample Row() => new() { Id = Guid.NewGuid(), Kind = SampleKind.Present, Day = new DateOnly(2026, 12, 1), At = At, History = [] };

    private static string Describe(Sample s) =>
        $"{s.Id} {s.Kind} {s.Day} {s.At:O} {s.Minutes} {s.Note} {s.Percent} {s.Flag} {string.Join(";", s.History.Select(v => $"{v.Text}/{v.Number}"))}";

    private async Task<BulkInsertTestDbContext> DatabaseAsync()
    {
        var db = new BulkInsertTestDbContext(new DbContextOptionsBuilder<BulkInsertTestDbContext>().UseNpgsql(await servers.CreateDatabaseAsync("bulk")).Options);
        await db.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);
        return db;
    }
}

public enum SampleKind
{
    Present,
    Late,
    Absent,
}

public sealed record SampleVersion(string Text, int Number);

public sealed class Sample
{
    public Guid Id { get; init; }

    public SampleKind Kind { get; init; }

    public DateOnly Day { get; init; }

    public DateTimeOffset At { get; init; }

    public int? Minutes { get; init; }

    public string? Note { get; set; }

    public decimal Percent { get; init; }

    public bool Flag { get; init; }

    public List<SampleVersion> History { get; init; } = [];
}

public sealed class BulkInsertTestDbContext(DbContextOptions<BulkInsertTestDbContext> options) : DbContext(options)
{
    public DbSet<Sample> Samples => Set<Sample>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var sample = modelBuilder.Entity<Sample>();
        sample.Property(s => s.Kind).HasConversion<string>().HasMaxLength(10);
        sample.Property(s => s.Note).HasMaxLength(50);
        sample.Property(s => s.History).AsJsonColumn();
        sample.Property<uint>("xmin").IsRowVersion();
    }
}
