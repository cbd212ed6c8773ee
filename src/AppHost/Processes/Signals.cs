using System.Runtime.InteropServices;

namespace APPlatform.AppHost.Processes;

/// <summary>POSIX signals to whole process groups: .NET can only kill a process tree, and only with SIGKILL.</summary>
public static partial class Signals
{
    public const int SigInt = 2;
    public const int SigKill = 9;
    public const int SigTerm = 15;

    private const int NoSuchProcess = 3;

    /// <summary>Sends <paramref name="signal"/> to every process in the group; false if the group is gone.</summary>
    public static bool SendToGroup(int processGroupId, int signal) => kill(-processGroupId, signal) == 0;

    /// <summary>True while any process of the group is alive (signal 0 only checks).</summary>
    public static bool GroupIsAlive(int processGroupId) => kill(-processGroupId, 0) == 0 || Marshal.GetLastPInvokeError() != NoSuchProcess;

    public static bool IsRoot => geteuid() == 0;

    [LibraryImport("libc", SetLastError = true)]
    private static partial int kill(int pid, int signal);

    [LibraryImport("libc")]
    private static partial uint geteuid();
}
