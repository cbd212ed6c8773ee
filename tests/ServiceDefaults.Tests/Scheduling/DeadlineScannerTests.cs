using APPlatform.ServiceDefaults.Scheduling;
using APPlatform.ServiceDefaults.Tests.Idempotency;
using APPlatform.ServiceDefaults.Tests.Messaging;
using APPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace APPlatform.ServiceDefaults.Tests.Scheduling;

/// <summary>The deadline scanner over real PostgreSQL when the connection is lost between a handler's work and its commit.</summary>
public sealed class DeadlineScannerTests(TestServers servers)
{
    /// <summary>
    /// A PostgreSQL restart under load ended connections between a webhook's 200 and the commit that records it, and
    /// the deadline's retry called the webhook again (the chaos run counted the second call).
    /// </summary>
    [Fact]
    public async Task WorkDoneOutsideTheDatabaseIsNotRepeatedWhenTheConnectionIsLostBeforeItsOutcomeCommits()
    {
        var connection = await servers.CreateDatabaseAsync("deadlines");
        var clock = new MovableClock();
        using var host = await BuildHostAsync(connection, clock);
        var subject = await ScheduleAsync(host, clock);

        await RunDueAsync(host);
        clock.Ahead = TimeSpan.FromDays(1); // past any retry the scanner could have scheduled
        await RunDueAsync(host);

        var sent = host.Services.GetRequiredService<SentMessages>();
        Assert.Equal([subject], sent.Subjects);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MessagingTestDbContext>();
        Assert.NotNull((await db.Set<Deadline>().SingleAsync(d => d.Subject == subject)).FiredAt);
        Assert.Equal("sent", (await db.Notes.SingleAsync()).Text);
    }

    private static async Task<IHost> BuildHostAsync(string connection, TimeProvider clock)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton(new SentMessages());
        builder.Services.AddSingleton(new AdminConnection(connection));
        builder.Services.AddDbContext<MessagingTestDbContext>(db => db.UseNpgsql(connection));
        builder.AddDeadlines<MessagingTestDbContext>();
        builder.Services.AddDeadlineHandler<SendsThenLosesItsConnection>();
        var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MessagingTestDbContext>().Database.EnsureCreatedAsync();
        return host;
    }

    private static async Task<string> ScheduleAsync(IHost host, TimeProvider clock)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MessagingTestDbContext>();
        var subject = $"message-{Guid.NewGuid():N}";
        db.AddDeadline(SendsThenLosesItsConnection.DeadlineKind, subject, clock.GetUtcNow(), subject);
        await db.SaveChangesAsync();
        return subject;
    }

    private static Task<int> RunDueAsync(IHost host) =>
        host.Services.GetServices<IHostedService>().OfType<DeadlineScanner<MessagingTestDbContext>>().Single().RunDueAsync(CancellationToken.None);

    private sealed class SentMessages
    {
        public List<string> Subjects { get; } = [];
    }

    private sealed record AdminConnection(string ConnectionString);

    /// <summary>Sends (records) its message, then has PostgreSQL end its own connection, as a restart would.</summary>
    private sealed class SendsThenLosesItsConnection(MessagingTestDbContext db, SentMessages sent, AdminConnection admin) : IDeadlineHandler
    {
        public const string DeadlineKind = "send";

        public string Kind => DeadlineKind;

        public bool ActsOutsideTheDatabase => true;

        public async Task HandleAsync(Deadline deadline, CancellationToken cancellationToken)
        {
            sent.Subjects.Add(deadline.Subject);
            db.Notes.Add(new Note { Id = Guid.NewGuid(), Text = "sent" });

            var ownBackend = ((NpgsqlConnection)db.Database.GetDbConnection()).ProcessID;
            await using var connection = new NpgsqlConnection(admin.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var terminate = new NpgsqlCommand($"SELECT pg_terminate_backend({ownBackend})", connection);
            await terminate.ExecuteScalarAsync(cancellationToken);
        }
    }
}
