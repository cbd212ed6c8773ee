using System.Text.Json.Nodes;

namespace APPlatform.Deploy.Tests;

/// <summary>The services' deployment switches as the manifests turn them (ContractRules): migration Jobs, quorum queues.</summary>
public sealed class ContractRuleTests
{
    [Theory]
    [MemberData(nameof(Rendered.Overlays), MemberType = typeof(Rendered))]
    public async Task EachDatabaseOfAnOverlayIsMigratedByItsJobNotByTheReplicas(string overlay) =>
        Rendered.AssertNone(ContractRules.MigrationProblems(await Rendered.OverlayAsync(overlay)));

    [Theory]
    [MemberData(nameof(Rendered.ClusteredOverlays), MemberType = typeof(Rendered))]
    public async Task OnAClusteredBrokerEveryServiceDeclaresQuorumQueues(string overlay) =>
        Rendered.AssertNone(ContractRules.QuorumQueueProblems(await Rendered.OverlayAsync(overlay)));

    [Fact]
    public async Task TheFixtureMeetsTheContract()
    {
        var fixture = await Rendered.FixtureAsync();

        Rendered.AssertNone(ContractRules.MigrationProblems(fixture));
        Rendered.AssertNone(ContractRules.QuorumQueueProblems(fixture));
    }

    [Theory]
    [InlineData("no migration Job", "Deployment attendance: no Job attendance-migrate migrates its database")]
    [InlineData("a Job without the switch", "Job referral-migrate: not run with --migrate-only")]
    [InlineData("a Job of another version", "Job directory-migrate: runs registry.example/applatform/directory:0.9.0, not the Deployment's registry.example/applatform/directory:1.0.0")]
    [InlineData("a Job without the broker", "Job notification-migrate: has no ConnectionStrings__messaging, which the program needs to build")]
    [InlineData("replicas that migrate", "Deployment identity: migrates as it starts (Database__MigrateOnStartup must be \"false\")")]
    public async Task AMigrationOutsideTheJobIsReported(string change, string problem)
    {
        var manifests = await Rendered.FixtureChangedAsync(Changes[change]);

        Assert.Contains(problem, ContractRules.MigrationProblems(manifests));
    }

    [Fact]
    public async Task ClassicQueuesAreReported()
    {
        var manifests = await Rendered.FixtureChangedAsync(objects => objects.Find("ConfigMap", "platform")["data"]!["Messaging__QuorumQueues"] = "false");

        var problems = ContractRules.QuorumQueueProblems(manifests);

        Assert.Equal(["attendance", "directory", "notification", "referral"], problems.Select(p => p.Split(' ', ':')[1]).Order());
    }

    private static readonly Dictionary<string, Action<List<JsonObject>>> Changes = new()
    {
        ["no migration Job"] = objects => objects.Remove(objects.Find("Job", "attendance-migrate")),
        ["a Job without the switch"] = objects => objects.Find("Job", "referral-migrate").FirstContainer().Remove("args"),
        ["a Job of another version"] = objects => objects.Find("Job", "directory-migrate").FirstContainer()["image"] = "registry.example/applatform/directory:0.9.0",
        ["a Job without the broker"] = objects =>
        {
            var env = objects.Find("Job", "notification-migrate").FirstContainer()["env"]!.AsArray();
            env.Remove(env.Single(v => (string?)v!["name"] == "ConnectionStrings__messaging"));
        },
        ["replicas that migrate"] = objects => objects.Find("Deployment", "identity").FirstContainer()["env"]!.AsArray()
            .Add(new JsonObject { ["name"] = "Database__MigrateOnStartup", ["value"] = "true" }),
    };
}
