using APPlatform.AppHost.Orchestration;
using APPlatform.AppHost.Processes;

namespace APPlatform.AppHost.Tests;

/// <summary>Aspire's WaitFor: a resource starts only once everything it references is healthy, and stops before them.</summary>
public sealed class StartOrderTests
{
    private readonly List<string> events = [];

    [Fact]
    public async Task AResourceStartsOnlyAfterItsDependenciesAreHealthyAndStopsBeforeThem()
    {
        var server = new Step("server", events, startTakes: 200);
        var serviceA = new Step("service-a", events, startTakes: 100, server);
        var serviceB = new Step("service-b", events, startTakes: 50, server);
        var gateway = new Step("gateway", events, startTakes: 0, serviceA, serviceB);
        var platform = new Platform([gateway, serviceA, serviceB, server], new OutputLog(_ => { }, colour: false));

        await platform.StartAsync(CancellationToken.None);
        await platform.StopAsync();

        Assert.Equal("start server", events[0]);
        Assert.Equal("healthy server", events[1]);
        Assert.True(events.IndexOf("start gateway") > events.IndexOf("healthy service-a"));
        Assert.True(events.IndexOf("start gateway") > events.IndexOf("healthy service-b"));
        Assert.Equal("stop gateway", events[events.IndexOf("healthy gateway") + 1]);
        Assert.Equal("stop server", events[^1]);
    }

    [Fact]
    public async Task WhenAResourceFailsToStartEverythingStartedIsStopped()
    {
        var server = new Step("server", events, startTakes: 0);
        var broken = new Step("broken", events, startTakes: 0, server) { Fails = true };
        var platform = new Platform([server, broken], new OutputLog(_ => { }, colour: false));

        await Assert.ThrowsAsync<InvalidOperationException>(() => platform.StartAsync(CancellationToken.None));

        Assert.Contains("stop server", events);
        Assert.Equal(ResourceState.Stopped, server.State);
    }

    private sealed class Step : Resource
    {
        private readonly List<string> events;
        private readonly int startTakes;

        public Step(string name, List<string> events, int startTakes, params Resource[] dependencies)
            : base(name)
        {
            this.events = events;
            this.startTakes = startTakes;
            foreach (var dependency in dependencies)
            {
                DependOn(dependency);
            }
        }

        public bool Fails { get; init; }

        public override string Target => Name;

        protected override async Task<ResourceState> OnStartAsync(CancellationToken cancellationToken)
        {
            Record($"start {Name}");
            await Task.Delay(startTakes, cancellationToken);
            if (Fails)
            {
                throw new InvalidOperationException($"{Name} failed");
            }

            Record($"healthy {Name}");
            return ResourceState.Healthy;
        }

        protected override Task OnStopAsync()
        {
            Record($"stop {Name}");
            return Task.CompletedTask;
        }

        private void Record(string text)
        {
            lock (events)
            {
                events.Add(text);
            }
        }
    }
}
