using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Idempotency;
using APPlatform.ServiceDefaults.Messaging;
using APPlatform.ServiceDefaults.Unit.Tests.Hosting;
using APPlatform.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace APPlatform.ServiceDefaults.Tests.Idempotency;

/// <summary>
/// The service defaults with one POST /effects endpoint behind WithIdempotencyKey, on a fresh database of its own:
/// each run of the endpoint writes one <see cref="Effect"/> and answers it; with <c>holdFirstRequest</c>, the first
/// run waits in its transaction until the test releases it.
/// </summary>
public sealed class IdempotentApp : IAsyncDisposable
{
    private readonly DefaultsApp app;
    private readonly string database;

    private IdempotentApp(DefaultsApp app, string database, HeldRequest held, MovableClock clock)
    {
        this.app = app;
        this.database = database;
        Held = held;
        Clock = clock;
    }

    public HeldRequest Held { get; }

    public MovableClock Clock { get; }

    public static async Task<IdempotentApp> StartAsync(TestServers servers, bool holdFirstRequest = false)
    {
        var database = await servers.CreateDatabaseAsync("idempotency");
        var held = new HeldRequest(holdFirstRequest);
        var clock = new MovableClock();
        var app = await DefaultsApp.StartAsync(
            add: builder =>
            {
                builder.Services.AddDbContext<IdempotencyTestDbContext>(db => db.UseNpgsql(database));
                builder.Services.AddScoped(services => new ServiceDbContext(services.GetRequiredService<IdempotencyTestDbContext>()));
                builder.Services.AddSingleton<TimeProvider>(clock);
            },
            map: web => web.MapPost("/effects", async (EffectRequest request, Caller caller, IdempotencyTestDbContext db) =>
            {
                var effect = new Effect { Id = Guid.NewGuid(), OrganisationId = caller.OrganisationId, Text = request.Text };
                db.Effects.Add(effect);
                await db.SaveChangesAsync();
                await held.PassAsync();
                return TypedResults.Created($"/effects/{effect.Id}", effect);
            }).WithIdempotencyKey());
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IdempotencyTestDbContext>().Database.EnsureCreatedAsync();
        return new IdempotentApp(app, database, held, clock);
    }

    /// <summary>Sends the request to be held and returns once it runs, in its transaction; its answer comes once released.</summary>
    public async Task<Task<HttpResponseMessage>> SendHeldAsync(HttpClient client, HttpRequestMessage request)
    {
        var response = client.SendAsync(request);
        await Held.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return response;
    }

    public HttpClient As(TestCaller caller) => new HttpClient { BaseAddress = app.Client.BaseAddress }.As(caller);

    public async Task<int> CountEffectsAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IdempotencyTestDbContext>().Effects.CountAsync();
    }

    /// <summary>
    /// Ends the database sessions with a transaction open, as PostgreSQL does when the process holding them dies:
    /// a running request loses its transaction and everything in it.
    /// </summary>
    public async Task<int> KillOpenTransactionsAsync()
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var kill = new NpgsqlCommand(
            """
            SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
            WHERE datname = current_database() AND xact_start IS NOT NULL AND pid <> pg_backend_pid()
            """,
            connection);
        return Convert.ToInt32(await kill.ExecuteScalarAsync());
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    public sealed record EffectRequest(string Text);
}
