using APPlatform.AppHost.Processes;

namespace APPlatform.AppHost.Servers;

/// <param name="DataDirectory">Kept between runs, so a restart keeps the data.</param>
/// <param name="Port">The port clients connect to; 0 picks a free one (tests).</param>
/// <param name="Log">Where the server's own output goes, prefixed with its name.</param>
/// <param name="Durable">False trades crash-safety for speed (no fsync, no Redis persistence): for throwaway test servers.</param>
/// <param name="Reset">Wipe the data directory before the first start (after stopping any instance left running on it).</param>
public sealed record LocalServerOptions(string DataDirectory, int Port, OutputLog Log, bool Durable = true, bool Reset = false);
