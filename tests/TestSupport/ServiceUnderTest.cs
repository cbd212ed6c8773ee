using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace APPlatform.TestSupport;

/// <summary>
/// One service on its own database and broker namespace, shared by a test class: clients acting for any caller, and
/// its DbContext for what the API does not show.
/// </summary>
public abstract class ServiceUnderTest<TContext>(TestServers servers, string databaseName, IReadOnlyDictionary<string, string?> settings) : IAsyncLifetime
    where TContext : DbContext
{
    public string EntityPrefix { get; } = servers.NewEntityPrefix();

    public TestServers Servers => servers;

    public ServiceApp<TContext> App { get; protected set; } = null!;

    public virtual async ValueTask InitializeAsync() =>
        App = await servers.StartServiceAsync<TContext>(databaseName, EntityPrefix, settings);

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    public HttpClient As(TestCaller caller) => App.CreateClient(caller);

    public async Task<T> WithDbAsync<T>(Func<TContext, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TContext>());
    }
}
