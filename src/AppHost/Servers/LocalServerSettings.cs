namespace APPlatform.AppHost.Servers;

/// <param name="DataDirectory">Kept between runs, so a restart keeps the data.</param>
/// <param name="Port">The loopback port clients connect to.</param>
/// <param name="Durable">False trades crash-safety for speed (no fsync, no Redis persistence): for throwaway test servers.</param>
public sealed record LocalServerSettings(string DataDirectory, int Port, bool Durable);
