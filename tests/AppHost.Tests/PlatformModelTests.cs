using System.Security.Cryptography;
using APPlatform.AppHost.Servers;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;

namespace APPlatform.AppHost.Tests;

/// <summary>The model Program.cs declares, read as Aspire.Hosting.Testing builds it, without starting anything.</summary>
public sealed class PlatformModelTests : IAsyncDisposable
{
    private static readonly string[] Services = ["directory", "referral", "attendance", "notification"];
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), $"applatform-model-{Guid.NewGuid():N}");
    private IDistributedApplicationTestingBuilder? model;

    [Fact]
    public async Task EachServiceGetsItsOwnDatabaseTheBrokerAndTheCacheAndStartsOnlyOnceTheyAreHealthy()
    {
        var resources = await ModelAsync();

        foreach (var name in Services)
        {
            var service = resources.OfType<ProjectResource>().Single(project => project.Name == name);
            var environment = await Environment(service);
            var waitsFor = service.Annotations.OfType<WaitAnnotation>().Select(wait => wait.Resource.Name).ToList();

            Assert.Contains($"{name}db", waitsFor);
            Assert.Contains(ResourceNames.Messaging, waitsFor);
            Assert.Contains(ResourceNames.Cache, waitsFor);
            Assert.Equal($"{{{name}db.connectionString}}", environment[$"ConnectionStrings__{name}db"]);
            Assert.Equal($"{{{ResourceNames.Messaging}.connectionString}}", environment[$"ConnectionStrings__{ResourceNames.Messaging}"]);
            Assert.DoesNotContain(environment.Keys, key => key.StartsWith("ConnectionStrings__", StringComparison.Ordinal)
                && key.EndsWith("db", StringComparison.Ordinal) && key != $"ConnectionStrings__{name}db");
        }
    }

    [Fact]
    public async Task TheDirectoryStartsOnceTheConsumersOfTheDemoProvidersItPublishesAreHealthy()
    {
        var resources = await ModelAsync();

        var directory = resources.OfType<ProjectResource>().Single(project => project.Name == "directory");
        var waitsFor = directory.Annotations.OfType<WaitAnnotation>().Select(wait => wait.Resource.Name).ToList();

        Assert.Contains("notification", waitsFor);
        Assert.Contains("referral", waitsFor);
    }

    [Fact]
    public async Task TheGatewayKnowsEveryServiceAndStartsLast()
    {
        var resources = await ModelAsync();

        var gateway = resources.OfType<ProjectResource>().Single(project => project.Name == ResourceNames.Gateway);
        var environment = await Environment(gateway);

        string[] behindIt = [.. Services, "identity"];
        Assert.All(behindIt, service => Assert.Equal($"{{{service}.bindings.http.url}}", environment[$"services__{service}__http__0"]));
        Assert.Equal(behindIt.Order(), gateway.Annotations.OfType<WaitAnnotation>().Select(wait => wait.Resource.Name).Where(behindIt.Contains).Order());
    }

    [Fact]
    public async Task EveryProjectTrustsOneIssuerTheGatewaysAddressWherePeopleSignInThroughTheWebClient()
    {
        var resources = await ModelAsync();

        var identity = await Environment(Project(resources, "identity"));
        var issuer = identity["Authentication__Jwt__Issuer"];

        Assert.Matches("^http://localhost:[0-9]+/$", issuer);
        foreach (var project in resources.OfType<ProjectResource>().Where(project => project.Name != ResourceNames.MailSink))
        {
            Assert.Equal(issuer, (await Environment(project))["Authentication__Jwt__Issuer"]);
        }

        Assert.Equal(issuer + "signin-oidc", identity["Identity__WebClient__RedirectUris__0"]);
        Assert.Equal("{web-client-secret.value}", identity["Identity__WebClient__Secret"]);
    }

    [Fact]
    public async Task OnlyTheIdentityProviderIsGivenTheKeyThatSignsTokensAndTheGatewayAndEveryServiceThePublicHalfThatChecksThem()
    {
        var resources = await ModelAsync();

        var identity = await Environment(Project(resources, "identity"));
        Assert.Equal("{token-signing-key.value}", identity["Identity__SigningKey"]);
        foreach (var project in resources.OfType<ProjectResource>().Where(project => project.Name != "identity"))
        {
            var environment = await Environment(project);
            Assert.DoesNotContain(environment, variable =>
                variable.Value.Contains("token-signing-key", StringComparison.Ordinal) || variable.Value.Contains("PRIVATE KEY", StringComparison.Ordinal));
        }

        using var kept = ECDsa.Create();
        kept.ImportFromPem(await File.ReadAllTextAsync(Path.Combine(dataDirectory, "token-signing-key.pem"), TestContext.Current.CancellationToken));
        foreach (var name in Services.Append(ResourceNames.Gateway))
        {
            Assert.Equal(kept.ExportSubjectPublicKeyInfoPem(), (await Environment(Project(resources, name)))["Authentication__Jwt__PublicKeys__0"]);
        }
    }

    [Fact]
    public async Task NotificationAsksForLetterTokensThroughTheGatewayWithASecretOnlyItHoldsAndTheIdentityProviderKnowsByItsHash()
    {
        var resources = await ModelAsync();

        var notification = await Environment(Project(resources, "notification"));
        var identity = await Environment(Project(resources, "identity"));

        Assert.Equal("{notification-client-secret.value}", notification["Notification__TokenClient__ClientSecret"]);
        Assert.Equal($"{{{ResourceNames.Gateway}.bindings.http.url}}", notification[$"services__{ResourceNames.Gateway}__http__0"]);
        Assert.StartsWith("pbkdf2-sha256$", identity["Identity__Clients__notification-service__SecretHash"]);
        Assert.Equal("true", identity["Identity__Clients__notification-service__ActsForSchools"]);
        Assert.Equal("parent-letters", identity["Identity__Clients__notification-service__Scopes__0"]);
        foreach (var project in resources.OfType<ProjectResource>().Where(project => project.Name != "notification"))
        {
            Assert.DoesNotContain((await Environment(project)).Values, value => value.Contains("notification-client-secret", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task OnlyNotificationIsGivenTheBrokersManagementApiWhichMakesLocalAuthoritiesTheirOwnVirtualHosts()
    {
        var resources = await ModelAsync();

        var notification = await Environment(Project(resources, "notification"));
        Assert.Equal($"{{{ResourceNames.BrokerAdmin}.connectionString}}", notification[$"ConnectionStrings__{ResourceNames.BrokerAdmin}"]);
        Assert.StartsWith("http://guest:guest@127.0.0.1:", await ((IResourceWithConnectionString)Single(resources, ResourceNames.BrokerAdmin)).GetConnectionStringAsync());
        foreach (var project in resources.OfType<ProjectResource>().Where(project => project.Name != "notification"))
        {
            Assert.DoesNotContain((await Environment(project)).Keys, key => key.Contains(ResourceNames.BrokerAdmin, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task AnExistingBrokerNamedWithoutItsManagementApiLeavesBrokerSubscriptionsOut()
    {
        var resources = await ModelAsync("--ConnectionStrings:messaging=amqp://app:secret@broker.example:5672");

        Assert.DoesNotContain(resources, resource => resource.Name == ResourceNames.BrokerAdmin);
        Assert.DoesNotContain((await Environment(Project(resources, "notification"))).Keys, key => key.Contains(ResourceNames.BrokerAdmin, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProjectsRunInTheAppHostsOwnEnvironment()
    {
        var production = await ModelAsync("--environment=Production");
        var gatewayInProduction = await Environment(Project(production, ResourceNames.Gateway));
        await DisposeAsync();
        var development = await ModelAsync("--environment=Development");
        var gatewayInDevelopment = await Environment(Project(development, ResourceNames.Gateway));

        Assert.Equal("Production", gatewayInProduction["ASPNETCORE_ENVIRONMENT"]);
        Assert.Equal("Development", gatewayInDevelopment["ASPNETCORE_ENVIRONMENT"]);
    }

    [Fact]
    public async Task ReplicasComeFromTheOptions()
    {
        var resources = await ModelAsync("--Platform:Replicas:attendance=3");

        Assert.Equal(3, Project(resources, "attendance").Annotations.OfType<ReplicaAnnotation>().Single().Replicas);
        Assert.Equal(1, Project(resources, "referral").Annotations.OfType<ReplicaAnnotation>().Single().Replicas);
    }

    [Fact]
    public async Task TheServersRunAsExecutablesFromTheInstalledPackagesByDefault()
    {
        var resources = await ModelAsync();

        Assert.IsType<LocalPostgresResource>(Single(resources, ResourceNames.Postgres));
        Assert.IsType<LocalRabbitMQResource>(Single(resources, ResourceNames.Messaging));
        Assert.IsType<LocalRedisResource>(Single(resources, ResourceNames.Cache));
        Assert.All(Services, service => Assert.IsType<LocalPostgresDatabaseResource>(Single(resources, $"{service}db")));
    }

    [Fact]
    public async Task WhereContainersCanRunTheSameModelUsesAspiresContainerResources()
    {
        var resources = await ModelAsync("--Platform:ServerSource=Containers");

        Assert.IsType<PostgresServerResource>(Single(resources, ResourceNames.Postgres));
        Assert.IsType<RabbitMQServerResource>(Single(resources, ResourceNames.Messaging));
        Assert.IsType<RedisResource>(Single(resources, ResourceNames.Cache));
        Assert.All(Services, service => Assert.IsType<PostgresDatabaseResource>(Single(resources, $"{service}db")));
    }

    [Fact]
    public async Task AnExistingServerNamedByItsConnectionStringReplacesTheLocalOne()
    {
        var resources = await ModelAsync("--ConnectionStrings:postgres=Host=db.example;Username=app;Password=secret");

        Assert.DoesNotContain(resources, resource => resource is LocalPostgresResource);
        var directorydb = (IResourceWithConnectionString)Single(resources, "directorydb");
        Assert.Equal("Host=db.example;Username=app;Password=secret;Database=directorydb", await directorydb.GetConnectionStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        if (model is not null)
        {
            await model.DisposeAsync();
            model = null;
        }

        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private async Task<IResourceCollection> ModelAsync(params string[] args)
    {
        model = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            [
                "--Platform:FreePorts=true", $"--Platform:DataDirectory={dataDirectory}",
                // No existing servers, whatever ./test.sh has set in the environment, unless a test names one.
                .. ResourceNames.Servers.Select(server => $"--ConnectionStrings:{server}="), .. args,
            ],
            TestContext.Current.CancellationToken);
        return model.Resources;
    }

    private static Task<IReadOnlyDictionary<string, string>> Environment(ProjectResource project) => ProjectEnvironment.ReadAsync(project);

    private static ProjectResource Project(IResourceCollection resources, string name) =>
        resources.OfType<ProjectResource>().Single(project => project.Name == name);

    private static IResource Single(IResourceCollection resources, string name) => resources.Single(resource => resource.Name == name);
}
