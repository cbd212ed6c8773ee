using APPlatform.AppHost.Processes;

namespace APPlatform.AppHost.Servers;

/// <summary>
/// PostgreSQL refuses to run as root and RabbitMQ's files belong to its own user, so when the AppHost runs as root
/// their processes run as the Debian packages' service users, with their directories handed to those users.
/// </summary>
internal sealed record ServiceAccount(string User)
{
    public static readonly ServiceAccount Postgres = new("postgres");
    public static readonly ServiceAccount RabbitMq = new("rabbitmq");

    /// <summary>
    /// The command line that runs <paramref name="fileName"/> as this account (unchanged when not root). The environment
    /// passes through untouched (--preserve-environment): runuser would otherwise set HOME to the account's own.
    /// </summary>
    public (string FileName, IEnumerable<string> Arguments) Command(string fileName, IEnumerable<string> arguments) =>
        Signals.IsRoot ? ("runuser", ["--preserve-environment", "-u", User, "--", fileName, .. arguments]) : (fileName, arguments);

    /// <summary>Creates the directories and, as root, gives them to this account.</summary>
    public async Task OwnAsync(params string[] directories)
    {
        foreach (var directory in directories)
        {
            Directory.CreateDirectory(directory);
        }

        if (Signals.IsRoot)
        {
            await ShortCommand.RunAsync("chown", ["-R", $"{User}:{User}", .. directories]);
        }
    }

    public Task<string> RunAsync(string fileName, IEnumerable<string> arguments)
    {
        var (file, args) = Command(fileName, arguments);
        return ShortCommand.RunAsync(file, args);
    }
}
