namespace APPlatform.AppHost.Servers;

/// <summary>
/// PostgreSQL refuses to run as root and RabbitMQ's files belong to its own account, so when the AppHost runs as root
/// their processes take the Debian packages' accounts. setpriv changes user and then executes the server in place, so
/// the server keeps the process id DCP started and receives DCP's signals itself.
/// </summary>
internal sealed record ServiceAccount(string User)
{
    public static readonly ServiceAccount Postgres = new("postgres");
    public static readonly ServiceAccount RabbitMq = new("rabbitmq");

    /// <summary>Only root changes user; anyone else runs the servers as themselves.</summary>
    public static bool SwitchesUser => Environment.IsPrivilegedProcess;

    /// <summary>The command line that runs <paramref name="command"/> as this account.</summary>
    public string[] CommandLine(params string[] command) =>
        SwitchesUser ? ["setpriv", "--reuid", User, "--regid", User, "--init-groups", "--", .. command] : command;

    /// <summary>Creates <paramref name="directory"/> and, as root, gives it and everything in it to this account.</summary>
    public void Own(string directory)
    {
        Directory.CreateDirectory(directory);
        if (SwitchesUser)
        {
            ShortCommand.Run("chown", "-R", $"{User}:{User}", directory);
        }
    }

    /// <summary>Runs a short command (initdb) as this account.</summary>
    public void Run(params string[] command) => ShortCommand.Run(CommandLine(command));
}
