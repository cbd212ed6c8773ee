namespace APPlatform.ServiceDefaults.Messaging.Outbox;

/// <summary>Wakes the dispatcher as soon as a commit has added events, so they go out without waiting for the poll.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim pending = new(0, 1);

    public void Notify()
    {
        // Many commits between two dispatcher runs need only one wake-up.
        try
        {
            pending.Release();
        }
        catch (SemaphoreFullException)
        {
        }
    }

    /// <summary>Returns when notified, or after the timeout (the poll that catches rows left by another replica or a crash).</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => pending.WaitAsync(timeout, cancellationToken);
}
