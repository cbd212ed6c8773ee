using System.Diagnostics;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace APPlatform.AppHost;

/// <summary>
/// Aspire checks a resource that is not healthy yet again after 1, 2, 3, 4, then every 5 s, so one that becomes ready
/// just after a check waits seconds for the next, and everything that waits for it waits too. These checks keep asking
/// for a few seconds instead, so each step of the start-up chain is seen within a quarter of a second.
/// </summary>
internal static class ReadinessPolling
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    /// <summary>The resource is healthy when <paramref name="check"/> says so; WaitFor and the dashboard go by it.</summary>
    public static IResourceBuilder<T> WithReadinessCheck<T>(
        this IResourceBuilder<T> resource, Func<CancellationToken, Task<HealthCheckResult>> check)
        where T : IResource
    {
        var name = $"{resource.Resource.Name}_check";
        resource.ApplicationBuilder.Services.AddHealthChecks().AddAsyncCheck(name, cancellationToken => UntilHealthyAsync(check, cancellationToken));
        return resource.WithHealthCheck(name);
    }

    private static async Task<HealthCheckResult> UntilHealthyAsync(
        Func<CancellationToken, Task<HealthCheckResult>> check, CancellationToken cancellationToken)
    {
        var elapsed = Stopwatch.StartNew();
        while (true)
        {
            var result = await check(cancellationToken);
            if (result.Status == HealthStatus.Healthy || elapsed.Elapsed > Window)
            {
                return result;
            }

            await Task.Delay(Interval, cancellationToken);
        }
    }
}
