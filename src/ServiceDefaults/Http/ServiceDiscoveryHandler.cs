using Microsoft.Extensions.Configuration;

namespace APPlatform.ServiceDefaults.Http;

/// <summary>
/// Lets code call http://notification/... by service name: the host is replaced with one of the service's replicas,
/// taken in turn, and a retry of the same request may land on another. Hosts that are not service names pass through.
/// </summary>
internal sealed class ServiceDiscoveryHandler(IConfiguration configuration) : DelegatingHandler
{
    private static readonly HttpRequestOptionsKey<Uri> logicalUri = new("APPlatform.LogicalUri");
    private static int next;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(logicalUri, out var uri))
        {
            uri = request.RequestUri;
        }

        if (uri is { IsAbsoluteUri: true } && !uri.Host.Contains('.'))
        {
            var replicas = ServiceEndpoints.Resolve(configuration, uri.Host);
            if (replicas.Count > 0)
            {
                request.Options.Set(logicalUri, uri);
                var replica = replicas[(int)((uint)Interlocked.Increment(ref next) % replicas.Count)];
                request.RequestUri = new UriBuilder(uri) { Scheme = replica.Scheme, Host = replica.Host, Port = replica.Port }.Uri;
            }
        }

        return base.SendAsync(request, cancellationToken);
    }
}
