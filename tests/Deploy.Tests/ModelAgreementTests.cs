using System.Text.Json.Nodes;

namespace APPlatform.Deploy.Tests;

/// <summary>
/// The manifests and the AppHost's model (Program.cs) describe the same system: a Deployment per project, each given
/// the environment variable names, connection strings included, the AppHost gives it (ModelAgreement).
/// </summary>
public sealed class ModelAgreementTests
{
    private static readonly Lazy<Task<IReadOnlyDictionary<string, IReadOnlySet<string>>>> Model = new(AppHostModel.ProjectEnvironmentsAsync);

    [Theory]
    [MemberData(nameof(Rendered.Overlays), MemberType = typeof(Rendered))]
    public async Task AnOverlayRunsEveryProjectOfTheAppHostWithTheNamesItGivesIt(string overlay)
    {
        var manifests = await Rendered.OverlayAsync(overlay);

        Rendered.AssertNone(ModelAgreement.Differences(await Model.Value, manifests));
    }

    [Fact]
    public async Task TheModelHasTheSevenProjectsAndTheirConnectionStrings()
    {
        var model = await Model.Value;

        Assert.Equal(["attendance", "directory", "gateway", "identity", "notification", "referral", "web"], model.Keys.Order());
        Assert.Equal(
            ["ConnectionStrings__brokeradmin", "ConnectionStrings__cache", "ConnectionStrings__mail", "ConnectionStrings__messaging", "ConnectionStrings__notificationdb"],
            model["notification"].Where(name => name.StartsWith("ConnectionStrings__", StringComparison.Ordinal)).Order());
    }

    [Fact]
    public async Task TheFixtureAgreesWithTheModel() => Rendered.AssertNone(ModelAgreement.Differences(await Model.Value, await Rendered.FixtureAsync()));

    [Theory]
    [InlineData("no gateway", "the AppHost runs gateway; no Deployment does")]
    [InlineData("a Deployment the AppHost does not run", "Deployment mail-sink runs no project of the AppHost")]
    [InlineData("a connection string renamed", "Deployment referral: ConnectionStrings__referraldb, which the AppHost gives it, is missing")]
    [InlineData("a connection string renamed", "Deployment referral: ConnectionStrings__referral is not a name the AppHost gives it")]
    [InlineData("a service's address missing", "Deployment gateway: services__web__http__0, which the AppHost gives it, is missing")]
    [InlineData("the container named otherwise", "Deployment web: no container named web")]
    [InlineData("a setting from a ConfigMap dropped", "Deployment identity: Authentication__Jwt__Issuer, which the AppHost gives it, is missing")]
    public async Task ADifferenceIsReported(string change, string problem)
    {
        var manifests = await Rendered.FixtureChangedAsync(Changes[change]);

        Assert.Contains(problem, ModelAgreement.Differences(await Model.Value, manifests));
    }

    private static readonly Dictionary<string, Action<List<JsonObject>>> Changes = new()
    {
        ["no gateway"] = objects => objects.Remove(objects.Find("Deployment", "gateway")),
        ["a Deployment the AppHost does not run"] = objects =>
        {
            var sink = objects.Find("Deployment", "web").DeepClone().AsObject();
            sink["metadata"]!["name"] = "mail-sink";
            objects.Add(sink);
        },
        ["a connection string renamed"] = objects => Variable(objects, "referral", "ConnectionStrings__referraldb")["name"] = "ConnectionStrings__referral",
        ["a service's address missing"] = objects => Env(objects, "gateway").Remove(Variable(objects, "gateway", "services__web__http__0")),
        ["the container named otherwise"] = objects => objects.Find("Deployment", "web").FirstContainer()["name"] = "app",
        ["a setting from a ConfigMap dropped"] = objects => objects.Find("ConfigMap", "platform")["data"]!.AsObject().Remove("Authentication__Jwt__Issuer"),
    };

    private static JsonArray Env(List<JsonObject> objects, string deployment) => objects.Find("Deployment", deployment).FirstContainer()["env"]!.AsArray();

    private static JsonNode Variable(List<JsonObject> objects, string deployment, string name) => Env(objects, deployment).Single(v => (string?)v!["name"] == name)!;
}
