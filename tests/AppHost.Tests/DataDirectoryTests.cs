using System.Runtime.Versioning;
using APPlatform.AppHost.Servers;

namespace APPlatform.AppHost.Tests;

/// <summary>
/// Run as root, PostgreSQL and RabbitMQ run as their own accounts: their data must be where those accounts can reach
/// it, whatever directory the checkout is in (a clone under /root is not). RunTests starts the servers from such a
/// checkout.
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
    public void ADirectoryAskedForIsTakenRelativeToTheCheckout()
    {
        root.UnixFileMode |= UnixFileMode.OtherExecute;

        Assert.Equal(Path.Combine(root.FullName, ".test-run", "servers"), DataDirectory.Resolve(".test-run/servers", root.FullName).Path);
    }

    public void Dispose() => root.Delete(recursive: true);
}
