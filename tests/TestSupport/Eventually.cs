using System.Diagnostics;

namespace APPlatform.TestSupport;

/// <summary>Waits for something that happens asynchronously (an event crossing the broker) without fixed sleeps.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Polls until <paramref name="probe"/> returns a value that satisfies <paramref name="done"/>; returns that value.</summary>
    public static async Task<T> Until<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan? timeout = null, string? because = null)
    {
        // Real elapsed time, not a clock: a service's clock may have been moved on by the test.
        var elapsed = Stopwatch.StartNew();
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (elapsed.Elapsed > (timeout ?? DefaultTimeout))
            {
                throw new TimeoutException($"Gave up waiting after {timeout ?? DefaultTimeout}{(because is null ? "" : ": " + because)}. Last value: {value}");
            }

            await Task.Delay(100);
        }
    }
}
