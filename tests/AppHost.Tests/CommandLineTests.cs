namespace APPlatform.AppHost.Tests;

public sealed class CommandLineTests
{
    private static readonly Func<string, string?> noEnvironment = _ => null;

    [Fact]
    public void ReplicasAreReadAsNameEqualsCountRepeatedOrCommaSeparated()
    {
        var options = CommandLine.Parse(["--replicas", "attendance=3,directory=2", "--replicas", "referral=2"], noEnvironment);

        Assert.Equal(new Dictionary<string, int> { ["attendance"] = 3, ["directory"] = 2, ["referral"] = 2 }, options!.Replicas);
    }

    [Fact]
    public void ResetGatewayPortDataDirectoryAndFreePortsAreRead()
    {
        var options = CommandLine.Parse(["--reset", "--gateway-port", "6080", "--data-dir", "/tmp/x", "--free-ports"], noEnvironment)!;

        Assert.True(options.Reset);
        Assert.Equal(6080, options.GatewayPort);
        Assert.Equal("/tmp/x", options.ResolvedDataDirectory);
        Assert.Equal((0, 0, 0), (options.PostgresPort, options.MessagingPort, options.CachePort));
    }

    [Fact]
    public void WithoutOptionsTheServersUseTheDevelopmentPorts()
    {
        var options = CommandLine.Parse([], noEnvironment)!;

        Assert.Equal((55432, 55672, 56379, 5080), (options.PostgresPort, options.MessagingPort, options.CachePort, options.GatewayPort));
        Assert.EndsWith("/.apphost/data", options.ResolvedDataDirectory);
    }

    [Fact]
    public void AServerWhoseConnectionStringIsSetIsUsedRatherThanStarted()
    {
        var environment = new Dictionary<string, string> { ["ConnectionStrings__messaging"] = "amqp://u:p@broker:5672" };

        var options = CommandLine.Parse([], environment.GetValueOrDefault)!;

        Assert.Equal(new Dictionary<string, string> { ["messaging"] = "amqp://u:p@broker:5672" }, options.ConnectionStrings);
    }

    [Theory]
    [InlineData("--replicas", "attendance")]
    [InlineData("--replicas", "attendance=0")]
    [InlineData("--gateway-port", "http")]
    [InlineData("--gateway-port", "70000")]
    [InlineData("--no-such-option", "")]
    public void ABadArgumentIsRefusedWithAReason(string option, string value)
    {
        var exception = Assert.Throws<ArgumentException>(() => CommandLine.Parse([option, value], noEnvironment));

        Assert.NotEmpty(exception.Message);
    }

    [Fact]
    public void HelpListsEveryOptionAndStartsNothing()
    {
        Assert.Null(CommandLine.Parse(["--help"], noEnvironment));
        foreach (var option in new[] { "--replicas", "--gateway-port", "--reset", "--data-dir", "--free-ports", "--servers-only", "--env-file" })
        {
            Assert.Contains(option, CommandLine.Help);
        }
    }
}
