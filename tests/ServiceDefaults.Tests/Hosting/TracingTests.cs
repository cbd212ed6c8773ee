using System.Diagnostics;
using APPlatform.ServiceDefaults.Persistence;
using APPlatform.ServiceDefaults.Tests.Messaging;
using APPlatform.ServiceDefaults.Unit.Tests.Hosting;
using APPlatform.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenTelemetry.Trace;

namespace APPlatform.ServiceDefaults.Tests.Hosting;

/// <summary>
/// What reaches the dashboard's trace list: requests with the database calls they make, and not the health probes or
/// the pollers' idle queries, which would bury them.
/// </summary>
public sealed class TracingTests(TestServers servers) : IAsyncLifetime
{
    private readonly List<Activity> exported = [];
    private DefaultsApp app = null!;
    private string databaseName = null!;

    public async ValueTask InitializeAsync()
    {
        var database = await servers.CreateDatabaseAsync("tracing");
        databaseName = new NpgsqlConnectionStringBuilder(database).Database!;
        app = await DefaultsApp.StartAsync(
            new Dictionary<string, string?> { ["ConnectionStrings:tracingdb"] = database },
            add: builder =>
            {
                builder.AddServiceDatabase<MessagingTestDbContext>("tracingdb");
                builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(exported));
            },
            map: web => web.MapGet("/query", async (MessagingTestDbContext db) => await db.Database.ExecuteSqlRawAsync("SELECT 1"))
                .AllowAnonymous());
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task ARequestIsTracedWithTheQueriesItMakes()
    {
        (await app.Client.GetAsync("/query")).EnsureSuccessStatusCode();

        // The query's span ends, and is exported, before its request's: wait for both.
        var spans = await Eventually.Until(() => Task.FromResult(Snapshot()),
            all => all.Any(span => span.Source.Name == "Npgsql") && all.Any(span => span.DisplayName.Contains("/query")),
            because: "the query should be exported with its request");
        var request = Assert.Single(spans, span => span.DisplayName.Contains("/query"));
        Assert.Contains(spans, span => span.Source.Name == "Npgsql" && span.TraceId == request.TraceId);
    }

    [Fact]
    public async Task HealthProbesAndQueriesOutsideAnyRequestLeaveNoTrace()
    {
        for (var probe = 0; probe < 3; probe++)
        {
            (await app.Client.GetAsync("/health")).EnsureSuccessStatusCode();
        }

        // A query with no request or message around it, as the outbox dispatcher's and the deadline scanner's polls are.
        await Task.Run(async () =>
        {
            Activity.Current = null;
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<MessagingTestDbContext>().Database.ExecuteSqlRawAsync("SELECT 1");
        });
        (await app.Client.GetAsync("/query")).EnsureSuccessStatusCode();

        // The request after them is exported, so anything they had produced would have been by now.
        var spans = await Eventually.Until(() => Task.FromResult(Snapshot()), all => all.Any(span => span.DisplayName.Contains("/query")),
            because: "the last request should be exported");
        Assert.Equal(spans.Single(span => span.DisplayName.Contains("/query")).TraceId, Assert.Single(spans.Where(span => span.Source.Name == "Npgsql").Select(span => span.TraceId).Distinct()));
        Assert.DoesNotContain(spans, span => span.DisplayName.Contains("/health"));
    }

    /// <summary>
    /// The app's own spans. Activity sources are process-wide, so the exporter also sees the test's HttpClient and the
    /// queries of other tests running beside this one: only queries on this test's database count. The exporter adds
    /// spans as they end, on other threads: a copy, without an entry caught half-added.
    /// </summary>
    private List<Activity> Snapshot() => exported.ToArray().OfType<Activity>()
        .Where(span => span.Source.Name != "System.Net.Http")
        .Where(span => span.Source.Name != "Npgsql" || span.TagObjects.Any(tag => Equals(tag.Value, databaseName)))
        .ToList();
}
