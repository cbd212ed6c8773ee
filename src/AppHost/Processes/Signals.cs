using System.Runtime.InteropServices;

namespace APPlatform.AppHost.Processes;

/// <summary>POSIX signals by number: .NET can only kill a process tree, and only with SIGKILL.</summary>
public static partial class Signals
{
    public const int SigInt = 2;
    public const int SigKill = 9;
    public const int SigTerm = 15;

    /// <summary>Sends <paramref name="signal"/> to a process, or to a whole process group when given its id negated.</summary>
    public static void Send(int target, int signal) => kill(target, signal);

    public static bool IsRoot => geteuid() == 0;

    /// <summary>The AppHost's own process group, which a stop must never signal.</summary>
    public static int OwnProcessGroup => getpgrp();

    [LibraryImport("libc")]
    private static partial int kill(int pid, int signal);

    [LibraryImport("libc")]
    private static partial uint geteuid();

    [LibraryImport("libc")]
    private static partial int getpgrp();
}
