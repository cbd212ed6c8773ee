using System.Diagnostics;
using APPlatform.ProviderDirectory.Infrastructure;
using APPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace APPlatform.ProviderDirectory.Tests;

/// <summary>
/// The deployment's migration Job (directory-migrate) runs the service's own program with --migrate-only: it applies the
/// migrations and exits, without listening or consuming, so replicas never race to migrate as they start.
/// </summary>
public sealed class MigrateOnlyTests(TestServers servers)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task WithMigrateOnlyTheServiceAppliesEveryMigrationAndExitsZeroWithoutDeclaringItsQueues()
    {
        var database = await servers.CreateDatabaseAsync("directory_migrate_only");
        var prefix = servers.NewEntityPrefix();

        var (exitCode, output) = await RunDirectoryAsync(database, prefix);

        Assert.True(exitCode == 0, output);
        await using var db = new DirectoryDbContext(new DbContextOptionsBuilder<DirectoryDbContext>().UseNpgsql(database).Options);
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.Empty(await BrokerManagement.QueuesAsync(servers.BrokerAdmin, prefix));
    }

    [Fact]
    public async Task WithMigrateOnlyADatabaseThatRefusesTheServiceExitsNonZero()
    {
        var refused = new NpgsqlConnectionStringBuilder(await servers.CreateDatabaseAsync("directory_migrate_refused")) { Password = "not-the-password" };

        var (exitCode, output) = await RunDirectoryAsync(refused.ConnectionString, servers.NewEntityPrefix());

        Assert.True(exitCode != 0, output);
    }

    /// <summary>Runs Directory.Service as the Job's container does, with --migrate-only; its exit code and output.</summary>
    private async Task<(int ExitCode, string Output)> RunDirectoryAsync(string database, string entityPrefix)
    {
        var output = Path.Combine(Repository.Root, "src", "Directory.Service", "bin", Repository.Configuration, "net10.0");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(output, "Directory.Service.dll"), "--migrate-only" },
            WorkingDirectory = output,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["DOTNET_ENVIRONMENT"] = "Production",
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                [$"ConnectionStrings__{DirectoryServiceExtensions.DatabaseName}"] = database,
                ["ConnectionStrings__messaging"] = servers.Messaging,
                ["ConnectionStrings__cache"] = servers.Cache,
                ["Messaging__EntityPrefix"] = entityPrefix,
            },
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Patience);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"Directory.Service --migrate-only was still running after {Patience}: {await stdout}{await stderr}");
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
