using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.AppHost;
using APPlatform.TestSupport;
using APPlatform.TestSupport.Contracts;
using APPlatform.TestSupport.ReferralForms;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace APPlatform.EndToEnd.Tests;

/// <summary>
/// The whole system started from the AppHost's own model with Aspire.Hosting.Testing, as ./run.sh starts it (every
/// service and the gateway run by DCP, the dashboard collecting their telemetry), on the test run's servers. The
/// directory runs two replicas behind the gateway. Every resource's output goes to e2e-platform.log beside the test
/// assembly. One platform serves every end-to-end test class (an assembly fixture, so the classes run side by side:
/// most of a journey is waiting for messages); each works on records of its own.
/// </summary>
public sealed class RunningPlatform : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), $"applatform-e2e-{Guid.NewGuid():N}");
    private readonly LogFile log = new(LogPath);
    private DistributedApplication app = null!;
    private OpenApiContract contract = null!;

    /// <summary>Where every resource's output goes: e2e-platform.log beside the test assembly.</summary>
    public static string LogPath => Path.Combine(AppContext.BaseDirectory, "e2e-platform.log");

    /// <summary>The test run's servers, which the platform runs on.</summary>
    public TestServers Servers { get; } = new();

    public Uri GatewayUrl { get; private set; } = null!;

    /// <summary>What the Aspire dashboard collected from every service: traces, read through its telemetry API.</summary>
    public DashboardTelemetry Telemetry { get; } = new();

    public async ValueTask InitializeAsync()
    {
        await Servers.InitializeAsync();
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            [
                "--environment=Development",
                "--Platform:FreePorts=true",
                "--Platform:Replicas:directory=2",
                $"--Platform:DataDirectory={dataDirectory}",
                $"--ConnectionStrings:{ResourceNames.Postgres}={Servers.Postgres}",
                $"--ConnectionStrings:{ResourceNames.Messaging}={Servers.Messaging}",
                $"--ConnectionStrings:{ResourceNames.BrokerAdmin}={Servers.BrokerAdmin}",
                $"--ConnectionStrings:{ResourceNames.Cache}={Servers.Cache}",
                $"--ConnectionStrings:{ResourceNames.Mail}={Servers.Mail}",
                // Aspire.Hosting.Testing would otherwise move the dashboard to a random port.
                "--DcpPublisher:RandomizePorts=false",
                .. Telemetry.AppHostSettings.Select(setting => $"--{setting.Key}={setting.Value}"),
            ],
            (options, _) => options.DisableDashboard = false,
            TestContext.Current.CancellationToken);
        builder.Services.AddLogging(logging => logging.AddProvider(log));
        // Every test signs in from 127.0.0.1, with the classes side by side: more token requests than one address may make.
        builder.CreateResourceBuilder<ProjectResource>(ResourceNames.Gateway).WithEnvironment("Gateway__RateLimit__TokenAttemptsPerMinute", "600");

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(StartTimeout);
        app = await builder.BuildAsync(timeout.Token);
        await app.StartAsync(timeout.Token);

        // The gateway waits for every service, so once it is healthy everything is.
        await app.ResourceNotifications.WaitForResourceHealthyAsync(ResourceNames.Gateway, timeout.Token);
        GatewayUrl = app.GetEndpoint(ResourceNames.Gateway, "http");
        contract = await OpenApiContract.LoadAsync(GatewayUrl);
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await Servers.DisposeAsync();
        log.Dispose();
        Directory.Delete(dataDirectory, recursive: true);
    }
    /// <summary>
    /// A client of the gateway signed in as a demo client. Each of its calls is held to the OpenAPI documents (the
    /// contract tests): a route, status or body that departs from them fails the test at that call.
    /// </summary>
    public Task<HttpClient> SignInAsync(string demoClient) => GatewayClient.SignInAsync(GatewayUrl, demoClient, new ContractCheckingHandler(contract));

    /// <summary>
    /// Whether a service's own database holds a row with this key: how a test sees that a consumer with no API of its
    /// own (a read model) received an event.
    /// </summary>
    public async Task<bool> HasRowAsync(string database, string table, string keyColumn, Guid key)
    {
        await using var connection = new NpgsqlConnection(await app.GetConnectionStringAsync(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM \"{table}\" WHERE \"{keyColumn}\" = @key)", connection);
        command.Parameters.AddWithValue("key", key);
        return (bool)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Waits until Notification.Service's event log holds events of <paramref name="type"/> whose payload matches, and returns them.</summary>
    public static Task<List<JsonElement>> EventsInLogAsync(HttpClient client, string type, Func<JsonElement, bool> payloadMatches) =>
        Eventually.Until(
            async () => (await client.GetFromJsonAsync<JsonElement>($"/api/notifications/events?type={type}&pageSize=200")).GetProperty("items").EnumerateArray()
                .Where(e => payloadMatches(e.GetProperty("payload")))
                .ToList(),
            matches => matches.Count > 0,
            because: $"{type} should reach the event log through RabbitMQ");

    /// <summary>
    /// A placement the school refers, approves (a registered provider, so without the trust), plans, agrees with the
    /// parents, notifies them of and starts once the directory's audit has reached Referral.Service.
    /// </summary>
    /// <param name="trust">The school's trust, for a provider whose referrals it must approve (an unregistered one).</param>
    /// <param name="placementBody">The placement's terms, if not a dual-registered one.</param>
    public static async Task<Guid> StartedPlacementAsync(HttpClient school, object referralBody, HttpClient? trust = null, object? placementBody = null)
    {
        var referral = await RunningPlatform.IdAsync(await school.PostAsJsonAsync("/api/referrals", referralBody));
        await RunningPlatform.OkAsync(await school.PostAsync($"/api/referrals/{referral}/submit", null));
        await RunningPlatform.OkAsync(await school.PostAsJsonAsync($"/api/referrals/{referral}/headteacher-decision", ReferralBodies.HeadteacherDecision(approved: true)));
        if (trust is not null)
        {
            await RunningPlatform.OkAsync(await trust.PostAsJsonAsync($"/api/referrals/{referral}/trust-decision", new { approved = true, decidedBy = "Director" }));
        }

        await RunningPlatform.OkAsync(await school.PutAsJsonAsync($"/api/referrals/{referral}/plan", ReferralBodies.Plan()));
        await RunningPlatform.OkAsync(await school.PostAsJsonAsync($"/api/referrals/{referral}/parent-agreement", ReferralBodies.Agreement(agreed: true)));
        var placement = await RunningPlatform.IdAsync(await school.PostAsJsonAsync($"/api/referrals/{referral}/placement", placementBody ?? ReferralBodies.Placement(registrationMode: "dual")));
        await RunningPlatform.OkAsync(await school.PostAsJsonAsync($"/api/placements/{placement}/parent-notification", ReferralBodies.Notification()));
        await Eventually.Until(async () => (await school.GetFromJsonAsync<JsonElement>($"/api/placements/{placement}/checks")).GetProperty("mayStart").GetBoolean(),
            mayStart => mayStart, because: "the demo audit of the provider reaches Referral.Service");
        await RunningPlatform.OkAsync(await school.PostAsync($"/api/placements/{placement}/start", null));
        return placement;
    }

    /// <summary>The id of what a 201 created, failing with the answer otherwise.</summary>
    public static async Task<Guid> IdAsync(HttpResponseMessage response) =>
        (await OkAsync(response, System.Net.HttpStatusCode.Created)).GetProperty("id").GetGuid();

    /// <summary>The JSON of an answer with the expected status, failing with the answer otherwise.</summary>
    public static async Task<JsonElement> OkAsync(HttpResponseMessage response, System.Net.HttpStatusCode expected = System.Net.HttpStatusCode.OK)
    {
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
