using System.Diagnostics;
using Npgsql;

namespace APPlatform.Bench;

/// <summary>
/// Steady load for a long while: absences at a set rate in windows of a few minutes, printing each window's p50 and
/// p99, then each process's memory and the plumbing tables' sizes at the start and the end. Steady means flat memory,
/// tables no larger than their retention allows, and p99 the same in the last window as in the first.
/// </summary>
internal static class Soak
{
    private static readonly string[] PlumbingTables = ["OutboxMessages", "InboxMessages", "IdempotencyRecords", "Deadlines"];

    public static async Task<int> RunAsync(
        HttpClient http, Uri gateway, IReadOnlyDictionary<string, string> databases,
        Func<string, int, int, List<PlannedReturn>> returns, int returnsPerDay, double marksPerSecond, int minutes, int windowMinutes, int marksPerReturn)
    {
        Console.WriteLine($"Soak: absences at {marksPerSecond:0}/s through the gateway for {minutes} min, in windows of {windowMinutes} min.");
        var memoryAtStart = PlatformProcesses.MemoryMegabytes();
        var tablesAtStart = await TableRowsAsync(databases);
        var returnsPerSecond = marksPerSecond / marksPerReturn;
        var clock = Stopwatch.StartNew();
        var windows = new List<Result>();
        var end = TimeSpan.FromMinutes(minutes);
        for (var window = 1; end - clock.Elapsed > TimeSpan.FromSeconds(10); window++)
        {
            var length = TimeSpan.FromMinutes(Math.Min(windowMinutes, (end - clock.Elapsed).TotalMinutes));
            // A day's returns are its sessions for every placement: as many days as the window's returns fill.
            var planned = returns("absent", marksPerReturn, (int)Math.Ceiling(returnsPerSecond * length.TotalSeconds / returnsPerDay));
            // Fresh tokens each window, as a provider's system would ask before its token expires (after 15 minutes).
            var tokens = await BenchPlatform.ProviderTokensAsync(http, gateway);
            var result = await ReturnsLoad.RunAtRateAsync($"window {window}", http, gateway, tokens,
                planned.Take((int)(returnsPerSecond * length.TotalSeconds)).ToList(), returnsPerSecond);
            windows.Add(result);
            Console.WriteLine($"  window {window}: {result.MarksPerSecond:0} marks/s, p50 {result.P50:0.0} ms, p99 {result.P99:0.0} ms, {result.Errors} errors");
        }

        var memoryAtEnd = PlatformProcesses.MemoryMegabytes();
        var tablesAtEnd = await TableRowsAsync(databases);
        Console.WriteLine();
        Console.WriteLine($"{"process",-36} {"MB at start",12} {"MB at end",10}");
        foreach (var (process, megabytes) in memoryAtEnd.OrderBy(p => p.Key))
        {
            Console.WriteLine($"{process,-36} {memoryAtStart.GetValueOrDefault(process),12:0} {megabytes,10:0}");
        }

        Console.WriteLine();
        Console.WriteLine($"{"table",-36} {"rows at start",14} {"rows at end",12}");
        foreach (var (table, rows) in tablesAtEnd)
        {
            Console.WriteLine($"{table,-36} {tablesAtStart.GetValueOrDefault(table),14} {rows,12}");
        }

        Console.WriteLine();
        Console.WriteLine($"p99 first window {windows[0].P99:0.0} ms, last {windows[^1].P99:0.0} ms (x{windows[^1].P99 / windows[0].P99:0.00})");
        return windows.Sum(w => w.Errors) == 0 ? 0 : 1;
    }

    /// <summary>Rows in each service database's plumbing tables, as "database.table".</summary>
    private static async Task<Dictionary<string, long>> TableRowsAsync(IReadOnlyDictionary<string, string> databases)
    {
        var rows = new Dictionary<string, long>();
        foreach (var (database, connectionString) in databases)
        {
            foreach (var table in PlumbingTables)
            {
                try
                {
                    rows[$"{database}.{table}"] = await Database.CountAsync(connectionString, $"SELECT count(*) FROM \"{table}\"");
                }
                catch (PostgresException missing) when (missing.SqlState == PostgresErrorCodes.UndefinedTable)
                {
                    // Not every service has every table.
                }
            }
        }

        return rows;
    }
}
