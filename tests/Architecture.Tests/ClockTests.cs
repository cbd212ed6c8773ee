namespace APPlatform.Architecture.Tests;

/// <summary>
/// Every clock read goes through TimeProvider: the services and the defaults they share never read DateTime.Now,
/// UtcNow or Today, nor DateTimeOffset.Now or UtcNow, so a test can move their clock and every rule sees the same time.
/// (The AppHost and the mail sink, development tools that stamp their own logs and files, are not checked.)
/// </summary>
public sealed class ClockTests
{
    private static readonly IReadOnlySet<string> ClockReads = new HashSet<string>
    {
        "System.DateTime System.DateTime::get_Now()",
        "System.DateTime System.DateTime::get_UtcNow()",
        "System.DateTime System.DateTime::get_Today()",
        "System.DateTimeOffset System.DateTimeOffset::get_Now()",
        "System.DateTimeOffset System.DateTimeOffset::get_UtcNow()",
    };

    [Fact]
    public void NoServiceReadsTheClockButThroughTimeProvider()
    {
        var reads = Dependencies.CallsTo(Platform.Architecture, type => type.In("APPlatform"), ClockReads);

        Assert.True(reads.Count == 0, $"Read the injected TimeProvider instead:{Environment.NewLine}{string.Join(Environment.NewLine, reads)}");
    }

    /// <summary>The check finds a clock read where there is one (in this class): in a method, an async method and a lambda.</summary>
    [Fact]
    public void TheCheckSeesAClockRead()
    {
        var here = new ArchUnitNET.Loader.ArchLoader().LoadAssemblies(typeof(ClockTests).Assembly).Build();

        var reads = Dependencies.CallsTo(here, type => type.In(typeof(ReadsTheClock).Namespace!), ClockReads);

        Assert.Equal(4, reads.Count(read => read.Contains(nameof(ReadsTheClock))));
    }

    private static class ReadsTheClock
    {
        public static DateOnly Today() => DateOnly.FromDateTime(DateTime.UtcNow);

        public static DateTimeOffset Now() => DateTimeOffset.Now;

        public static async Task<DateTime> LaterAsync()
        {
            await Task.Yield();
            return DateTime.Now;
        }

        public static Func<DateTime> Deferred() => () => DateTime.Today;
    }
}
