namespace APPlatform.TestSupport;

/// <summary>
/// The clock a service under test reads (its <see cref="TimeProvider"/>): the system's, moved forward when a test says
/// so, to make a deadline fall due or a running request look old without waiting. Its timers are the system's, so a
/// service's background loops (the outbox, the deadline scanner) keep running in real time; a test that moves the clock
/// runs what fell due with <see cref="ServiceUnderTest{TContext}.RunDueDeadlinesAsync"/>. It never moves back.
/// (In-memory tests of a rule use Microsoft.Extensions.Time.Testing's FakeTimeProvider instead: a fixed time.)
/// Access tokens are still checked against the system clock (Microsoft.IdentityModel reads it), so moving this one does
/// not expire a test's tokens.
/// </summary>
public sealed class MovableClock : TimeProvider
{
    private long aheadTicks;

    /// <summary>How far ahead of the system clock this one is.</summary>
    public TimeSpan Ahead
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref aheadTicks));
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, Ahead, nameof(value));
            Interlocked.Exchange(ref aheadTicks, value.Ticks);
        }
    }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Ahead;

    /// <summary>Moves the clock forward by <paramref name="by"/>; returns the new time.</summary>
    public DateTimeOffset Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref aheadTicks, by.Ticks);
        return GetUtcNow();
    }
}
