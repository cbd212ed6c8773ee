using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.AppHost;
using APPlatform.AppHost.Orchestration;
using APPlatform.AppHost.Processes;
using APPlatform.TestSupport;
using APPlatform.TestSupport.ReferralForms;
using Npgsql;

namespace APPlatform.EndToEnd.Tests;

/// <summary>
/// The whole system started by the AppHost's own model, exactly as ./run.sh starts it (every service and the gateway
/// as child processes), on the test run's servers with a namespace and databases of its own. The directory runs two
/// replicas behind the gateway. Its output goes to e2e-platform.log beside the test assembly. One platform serves
/// every end-to-end test class; each works on records of its own.
/// </summary>
[CollectionDefinition(nameof(RunningPlatform))]
public sealed class RunningPlatformCollection : ICollectionFixture<RunningPlatform>;

public sealed class RunningPlatform(TestServers servers) : IAsyncLifetime
{
    private readonly StreamWriter output = new(Path.Combine(AppContext.BaseDirectory, "e2e-platform.log")) { AutoFlush = true };
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), $"applatform-e2e-{Guid.NewGuid():N}");

    public Platform Platform { get; private set; } = null!;

    public Uri GatewayUrl => Platform.Get<ProjectResource>("gateway").Endpoints[0];

    private readonly string suffix = $"_{Guid.NewGuid().ToString("N")[..8]}";

    public async ValueTask InitializeAsync()
    {
        Platform = PlatformModel.Build(new PlatformOptions
        {
            DataDirectory = dataDirectory,
            GatewayPort = 0,
            ConnectionStrings = new Dictionary<string, string>
            {
                ["postgres"] = servers.Postgres,
                ["messaging"] = servers.Messaging,
                ["cache"] = servers.Cache,
                ["mail"] = servers.Mail,
            },
            MessagingEntityPrefix = servers.NewEntityPrefix(),
            DatabaseSuffix = suffix,
            Replicas = new Dictionary<string, int> { ["directory"] = 2 },
            Log = new OutputLog(output.WriteLine, colour: false),
        });
        await Platform.StartAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await Platform.DisposeAsync();
        await output.DisposeAsync();
        Directory.Delete(dataDirectory, recursive: true);
    }

    /// <summary>A client of the gateway signed in as a demo client, through POST /connect/token.</summary>
    public async Task<HttpClient> SignInAsync(string demoClient)
    {
        var client = new HttpClient { BaseAddress = GatewayUrl };
        var token = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = demoClient,
            ["client_secret"] = $"{demoClient}-secret",
        }));
        token.EnsureSuccessStatusCode();
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    /// <summary>
    /// Whether a service's own database holds a row with this key: how a test sees that a consumer with no API of its
    /// own (a read model) received an event.
    /// </summary>
    public async Task<bool> HasRowAsync(string database, string table, string keyColumn, Guid key)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(servers.Postgres) { Database = database + suffix }.ConnectionString;
        await using var connection = new NpgsqlConnection(connectionString);
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
    public static async Task<Guid> StartedPlacementAsync(HttpClient school, object referralBody)
    {
        var referral = await RunningPlatform.IdAsync(await school.PostAsJsonAsync("/api/referrals", referralBody));
        await RunningPlatform.OkAsync(await school.PostAsync($"/api/referrals/{referral}/submit", null));
        await RunningPlatform.OkAsync(await school.PostAsJsonAsync($"/api/referrals/{referral}/headteacher-decision", ReferralBodies.HeadteacherDecision(approved: true)));
        await RunningPlatform.OkAsync(await school.PutAsJsonAsync($"/api/referrals/{referral}/plan", ReferralBodies.Plan()));
        await RunningPlatform.OkAsync(await school.PostAsJsonAsync($"/api/referrals/{referral}/parent-agreement", ReferralBodies.Agreement(agreed: true)));
        var placement = await RunningPlatform.IdAsync(await school.PostAsJsonAsync($"/api/referrals/{referral}/placement", ReferralBodies.Placement(registrationMode: "dual")));
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
