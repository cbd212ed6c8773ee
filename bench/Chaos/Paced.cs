namespace APPlatform.Chaos;

/// <summary>
/// Spreads a load over the faults: item n starts no sooner than n/count of the way through <c>spread</c>, unless the
/// faults are already over (then the rest goes at once), with a few workers side by side.
/// </summary>
public static class Paced
{
    public static async Task ForEachAsync(int count, int workers, TimeSpan spread, Task faultsOver, Func<int, Task> item)
    {
        var started = DateTime.UtcNow;
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                var due = started + spread * i / count;
                if (due > DateTime.UtcNow && !faultsOver.IsCompleted)
                {
                    await Task.WhenAny(Task.Delay(due - DateTime.UtcNow), faultsOver);
                }

                await item(i);
            }
        }));
    }
}
