using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace APPlatform.Bench;

/// <summary>One provider's return, ready to post.</summary>
internal sealed record PlannedReturn(Guid Provider, object Body, int Marks);

/// <summary>What one run of returns measured.</summary>
internal sealed record Result(string Name, int Marks, double MarksPerSecond, double P50, double P99, int Errors, Dictionary<string, double> CpuMsPerThousandMarks);

/// <summary>Posts returns and times each one's answer.</summary>
internal static class ReturnsLoad
{
    /// <summary>
    /// At capacity: a fixed number of clients, each sending its next return as soon as the last is answered. Measures
    /// throughput; its latencies are mostly the wait behind the other clients.
    /// </summary>
    public static async Task<Result> RunAsync(
        string name, HttpClient http, Uri target, IReadOnlyDictionary<Guid, string> tokens, List<PlannedReturn> returns, int concurrency)
    {
        var latencies = new double[returns.Count];
        var errors = 0;
        var next = -1;
        var cpuBefore = PlatformProcesses.CpuSeconds();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < returns.Count; i = Interlocked.Increment(ref next))
            {
                var started = Stopwatch.GetTimestamp();
                if (!await PostAsync(name, http, target, tokens, returns[i]))
                {
                    Interlocked.Increment(ref errors);
                }

                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }));
        return Measured(name, returns, latencies, errors, clock.Elapsed.TotalSeconds, cpuBefore);
    }

    /// <summary>
    /// At a set rate, whatever the answers: each return is due at its time and timed from then, so a slow answer
    /// delays none of the returns behind it (no coordinated omission). Measures latency at that load.
    /// </summary>
    public static async Task<Result> RunAtRateAsync(
        string name, HttpClient http, Uri target, IReadOnlyDictionary<Guid, string> tokens, List<PlannedReturn> returns, double returnsPerSecond)
    {
        var latencies = new double[returns.Count];
        var errors = 0;
        var cpuBefore = PlatformProcesses.CpuSeconds();
        var clock = Stopwatch.StartNew();
        var posts = new List<Task>(returns.Count);
        for (var i = 0; i < returns.Count; i++)
        {
            var due = TimeSpan.FromSeconds(i / returnsPerSecond);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            var index = i;
            posts.Add(Task.Run(async () =>
            {
                if (!await PostAsync(name, http, target, tokens, returns[index]))
                {
                    Interlocked.Increment(ref errors);
                }

                latencies[index] = (clock.Elapsed - due).TotalMilliseconds;
            }));
        }

        await Task.WhenAll(posts);
        return Measured(name, returns, latencies, errors, clock.Elapsed.TotalSeconds, cpuBefore);
    }

    private static async Task<bool> PostAsync(string name, HttpClient http, Uri target, IReadOnlyDictionary<Guid, string> tokens, PlannedReturn planned)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(target, "/api/attendance/returns")) { Content = JsonContent.Create(planned.Body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[planned.Provider]);
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            Console.WriteLine($"{name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return response.IsSuccessStatusCode;
    }

    private static Result Measured(string name, List<PlannedReturn> returns, double[] latencies, int errors, double elapsed, Dictionary<string, double> cpuBefore)
    {
        var cpuAfter = PlatformProcesses.CpuSeconds();
        var marks = returns.Sum(r => r.Marks);
        Console.WriteLine($"{name}: {returns.Count} returns, {marks} marks in {elapsed:0.0} s");
        var cpu = cpuAfter.ToDictionary(c => c.Key, c => (c.Value - cpuBefore.GetValueOrDefault(c.Key)) * 1000 * 1000 / marks);
        return new Result(name, marks, marks / elapsed, Statistics.Percentile(latencies, 0.5), Statistics.Percentile(latencies, 0.99), errors, cpu);
    }
}

internal static class Statistics
{
    public static double Median(IEnumerable<double> values) => Percentile(values.ToArray(), 0.5);

    /// <summary>The nearest-rank percentile (the middle two's mean for an even median).</summary>
    public static double Percentile(double[] values, double p)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        return p == 0.5 && sorted.Length % 2 == 0
            ? (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2
            : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }
}
