using System.Security.Cryptography;
using System.Text;

namespace APPlatform.AppHost.Servers;

/// <summary>
/// Where the servers keep their data. Run as root, PostgreSQL and RabbitMQ run as their own accounts, which must be
/// able to reach that directory; a checkout under a mode-700 home (as /root is) is out of their reach. Such a
/// directory is then kept under /var/tmp instead, in a folder named after it, so each checkout keeps its own data.
/// </summary>
public static class DataDirectory
{
    /// <param name="configured">The directory asked for (--data-dir; relative to the checkout), or null for .apphost/data.</param>
    /// <param name="repositoryRoot">The checkout.</param>
    /// <returns>The directory, and a note for the developer when it is not the one asked for.</returns>
    public static (string Path, string? Note) Resolve(string? configured, string repositoryRoot)
    {
        var asked = Path.GetFullPath(configured is { Length: > 0 } ? configured : Path.Combine(".apphost", "data"), repositoryRoot);

        // Not root: the servers run as the current user, who can reach any directory they can name.
        if (!ServiceAccount.SwitchesUser || Unreachable(asked) is not { } blocking)
        {
            return (asked, null);
        }

        var reachable = Path.Combine("/var/tmp", $"applatform-{Fingerprint(asked)}");
        return (reachable, $"The servers keep their data in {reachable}, not {asked}: the postgres and rabbitmq accounts cannot enter {blocking}.");
    }

    /// <summary>A short name that is the same for a directory every time: 12 hex digits of its path's SHA-256.</summary>
    internal static string Fingerprint(string path) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(path)))[..12];

    /// <summary>The first directory on the way to <paramref name="path"/> that others may not enter, if any.</summary>
    internal static string? Unreachable(string path)
    {
        for (var directory = new DirectoryInfo(path); directory is not null; directory = directory.Parent)
        {
            if (directory.Exists && !directory.UnixFileMode.HasFlag(UnixFileMode.OtherExecute))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
