using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.ProviderDirectory.Infrastructure;
using APPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace APPlatform.ProviderDirectory.Tests;

/// <summary>
/// /health as the gateway and the AppHost read it: 200 and Healthy with every dependency up, 503 and Unhealthy while
/// the database refuses connections (the service cannot work), and Healthy again once it accepts them.
/// </summary>
public sealed class HealthTests(DirectoryService directory) : IClassFixture<DirectoryService>
{
    [Fact]
    public async Task WithItsDatabaseRefusingConnectionsTheServiceIsUnhealthyUntilItIsBack()
    {
        var database = await directory.WithDbAsync(db =>
            Task.FromResult(new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()).Database!));
        var client = directory.App.CreateClient();

        await SetConnectionsAllowedAsync(database, allowed: false);
        try
        {
            var down = await HealthAsync(client);
            Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), (down.StatusCode, down.Status));
            Assert.Equal("Unhealthy", down.Database);
        }
        finally
        {
            await SetConnectionsAllowedAsync(database, allowed: true);
        }

        var back = await Eventually.Until(
            () => HealthAsync(client), health => health.Database == "Healthy", because: "the database is back");
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
    }

    /// <summary>As an operator would take a database away: refuse new connections and end the open ones.</summary>
    private async Task SetConnectionsAllowedAsync(string database, bool allowed)
    {
        await using var admin = new NpgsqlConnection(directory.Servers.Postgres);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"""
             ALTER DATABASE "{database}" WITH ALLOW_CONNECTIONS {allowed};
             SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}' AND NOT {allowed};
             """, admin);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<(HttpStatusCode StatusCode, string? Status, string? Database)> HealthAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/health");
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        var database = report.GetProperty("checks").GetProperty(nameof(DirectoryDbContext)).GetProperty("status");
        return (response.StatusCode, report.GetProperty("status").GetString(), database.GetString());
    }
}
