namespace APPlatform.ServiceDefaults.Tests.Idempotency;

/// <summary>
/// When on, holds the first request that passes until the test releases it, so a test can act while it is still
/// running; later requests pass straight through (so a retry that wrongly runs the effect shows as a second effect,
/// not a hang).
/// </summary>
public sealed class HeldRequest(bool on)
{
    private int arrivals;

    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Released { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task PassAsync() => on && Interlocked.Increment(ref arrivals) == 1 ? HoldAsync() : Task.CompletedTask;

    private async Task HoldAsync()
    {
        Entered.SetResult();
        await Released.Task;
    }
}
