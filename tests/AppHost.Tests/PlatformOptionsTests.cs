namespace APPlatform.AppHost.Tests;

public sealed class PlatformOptionsTests
{
    [Fact]
    public void StartUpIsTimedFromWhenRunShLaunchedTheAppHostNotFromBeforeItsBuild()
    {
        // ./run.sh's process becomes the AppHost's after installing and building, and passes the moment it does so.
        var launched = DateTimeOffset.UtcNow.AddMinutes(-1);

        var options = PlatformOptions.Read([$"--Platform:LaunchedAt={launched.ToUnixTimeMilliseconds()}"]);

        Assert.Equal(launched.LocalDateTime, options.LaunchTime, TimeSpan.FromMilliseconds(1));
    }
}
