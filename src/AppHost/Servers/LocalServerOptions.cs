using APPlatform.AppHost.Processes;

namespace APPlatform.AppHost.Servers;

/// <param name="DataDirectory">Kept between runs, so a restart keeps the data.</param>
/// <param name="Port">The main port; 0 picks a free one (tests).</param>
/// <param name="Log">Where the server's own output goes, prefixed with its name.</param>
/// <param name="Durable">False trades crash-safety for speed (fsync off): for throwaway test servers.</param>
public sealed record LocalServerOptions(string DataDirectory, int Port, OutputLog Log, bool Durable = true);
