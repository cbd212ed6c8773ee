using System.Runtime.Versioning;
using APPlatform.AppHost;
using APPlatform.AppHost.Servers;
using APPlatform.TestSupport;
using Npgsql;

namespace APPlatform.AppHost.Tests;

/// <summary>
/// Run as root, PostgreSQL and RabbitMQ run as their own accounts: their data must be where those accounts can reach
/// it, whatever directory the checkout is in (a clone under /root is not).
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class DataDirectoryTests : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("applatform-datadir-");

    [Fact]
    public void TheDataStaysInTheCheckoutWhenTheServiceAccountsCanReachIt()
    {
        root.UnixFileMode |= UnixFileMode.OtherExecute;

        var (path, note) = DataDirectory.Resolve(null, root.FullName);

        Assert.Equal(Path.Combine(root.FullName, ".apphost", "data"), path);
        Assert.Null(note);
    }

    [Fact]
    public void ACheckoutUnderAModeSevenHundredDirectoryKeepsItsDataUnderVarTmpAndSaysWhy()
    {
        Assert.SkipUnless(Environment.IsPrivilegedProcess, "Only root runs the servers as other accounts.");
        root.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        var checkout = root.CreateSubdirectory("checkout").FullName;

        var (path, note) = DataDirectory.Resolve(null, checkout);
        var (again, _) = DataDirectory.Resolve(null, checkout);

        Assert.StartsWith("/var/tmp/applatform-", path);
        Assert.Equal(path, again);
        Assert.Contains(root.FullName, note);
        Assert.NotEqual(path, DataDirectory.Resolve(".test-run/servers", checkout).Path);
    }

    [Fact]
    public async Task PostgreSQLAndRabbitMQStartFromACheckoutUnderAModeSevenHundredDirectory()
    {
        Assert.SkipUnless(Environment.IsPrivilegedProcess, "Only root runs the servers as other accounts.");
        root.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        var asked = Path.Combine(root.FullName, "checkout", ".apphost", "data");
        var kept = DataDirectory.Resolve(asked, root.FullName).Path;
        try
        {
            await using var servers = await AppHostServers.StartAsync(
                [ResourceNames.Postgres, ResourceNames.Messaging], $"--Platform:DataDirectory={asked}");

            await using var connection = new NpgsqlConnection(await servers.ConnectionStringAsync(ResourceNames.Postgres));
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var query = new NpgsqlCommand("SELECT current_setting('data_directory')", connection);
            Assert.StartsWith(kept + "/", (string)(await query.ExecuteScalarAsync(TestContext.Current.CancellationToken))!);
        }
        finally
        {
            Directory.Delete(kept, recursive: true);
        }
    }

    [Fact]
    public void ADirectoryAskedForIsTakenRelativeToTheCheckout()
    {
        root.UnixFileMode |= UnixFileMode.OtherExecute;

        Assert.Equal(Path.Combine(root.FullName, ".test-run", "servers"), DataDirectory.Resolve(".test-run/servers", root.FullName).Path);
    }

    public void Dispose() => root.Delete(recursive: true);
}
