namespace APPlatform.AppHost.Tests;

public sealed class CommandLineTests
{
    private static readonly Dictionary<string, string> noServers = [];

    [Fact]
    public void ReplicasAreReadAsNameEqualsCountRepeatedOrCommaSeparated()
    {
        var (options, _) = CommandLine.Parse(["--replicas", "attendance=3,directory=2", "--replicas", "referral=2"], noServers);

        Assert.Equal(new Dictionary<string, int> { ["attendance"] = 3, ["directory"] = 2, ["referral"] = 2 }, options!.Replicas);
    }

    [Fact]
    public void ResetGatewayPortAndDataDirectoryAreRead()
    {
        var (options, _) = CommandLine.Parse(["--reset", "--gateway-port", "6080", "--data-dir", "/tmp/x"], noServers);

        Assert.True(options!.Reset);
        Assert.Equal(6080, options.GatewayPort);
        Assert.Equal("/tmp/x", options.ResolvedDataDirectory);
    }

    [Theory]
    [InlineData("--replicas", "attendance")]
    [InlineData("--replicas", "attendance=0")]
    [InlineData("--gateway-port", "http")]
    [InlineData("--no-such-option", "")]
    public void ABadArgumentIsRefusedWithAReason(string option, string value)
    {
        var exception = Assert.Throws<ArgumentException>(() => CommandLine.Parse([option, value], noServers));

        Assert.NotEmpty(exception.Message);
    }

    [Fact]
    public void HelpAsksForNoStart()
    {
        Assert.Null(CommandLine.Parse(["--help"], noServers).Options);
    }
}
