namespace APPlatform.ServiceDefaults.Tests.Idempotency;

/// <summary>The system clock, moved forward when a test says so: to make a running request look old.</summary>
public sealed class MovableClock : TimeProvider
{
    public TimeSpan Ahead { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Ahead;
}
