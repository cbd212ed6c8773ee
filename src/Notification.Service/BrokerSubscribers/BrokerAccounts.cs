using System.Buffers.Text;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using APPlatform.ServiceDefaults.Errors;
using APPlatform.ServiceDefaults.Messaging;
using Microsoft.Extensions.Options;

namespace APPlatform.Notifications.BrokerSubscribers;

/// <summary>
/// Each local authority's broker subscriber gets a virtual host and a user of its own, made through RabbitMQ's
/// management HTTP API (AMQP cannot make either). The user may declare, bind and consume queues named "la.…" there and
/// read the relay's exchange, and write to no exchange: it reads nothing of the platform's own virtual host, nor of
/// another LA's, and publishes nothing any service consumes. The platform's user may only declare and publish to
/// "applatform.…" there, and read nothing. Limits keep one LA from exhausting the broker the platform runs on: a few
/// connections (of its user) and queues, and a queue that its system stops reading refuses more (the relay's attempts then fail,
/// and are retried and parked like a webhook's).
/// </summary>
public sealed class BrokerAccounts : IDisposable
{
    /// <summary>What a subscriber's queues are named: the permissions let it configure and bind these and nothing else.</summary>
    public const string QueuePrefix = "la.";

    private const string SubscriberCanTouch = @"^la\.";
    private const string RelayCanTouch = @"^applatform\.";
    private const string Nothing = "^$";
    private const int MaxConnections = 10;
    private const int MaxQueues = 50;
    private const long MaxQueueBytes = 64L * 1024 * 1024;

    private readonly HttpClient? management;
    private readonly string relayUser;
    private readonly string entityPrefix;

    public BrokerAccounts(IConfiguration configuration, IOptions<MessagingOptions> messaging)
    {
        entityPrefix = messaging.Value.EntityPrefix;
        // A broker URI without a user connects as RabbitMQ's default one.
        relayUser = PlatformBroker.Uri(configuration).UserInfo.Split(':')[0] is { Length: > 0 } user ? Uri.UnescapeDataString(user) : "guest";
        if (configuration.GetConnectionString(BrokerOptions.AdminConnectionName) is { Length: > 0 } admin)
        {
            var uri = new Uri(admin);
            management = new HttpClient { BaseAddress = new Uri(uri.GetLeftPart(UriPartial.Authority)), Timeout = TimeSpan.FromSeconds(15) };
            management.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.UnescapeDataString(uri.UserInfo))));
        }
    }

    /// <summary>The local authority's virtual host, which is also its user's name (after a test run's entity prefix).</summary>
    public string VirtualHostOf(Guid localAuthorityId) => $"{entityPrefix}la-{localAuthorityId}";

    /// <summary>A password the platform generates, as it does webhook secrets: a chosen one is as weak as its author.</summary>
    public static string NewPassword() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>Makes (or remakes: every step is idempotent) the virtual host and its user, with <paramref name="password"/>.</summary>
    public async Task CreateAsync(string virtualHost, string password, CancellationToken cancellationToken)
    {
        var vhost = Uri.EscapeDataString(virtualHost);
        await SendAsync(HttpMethod.Put, $"/api/vhosts/{vhost}", new { description = "An APPlatform broker subscriber" },
            cancellationToken);
        await SetPasswordAsync(virtualHost, password, cancellationToken);
        await SendAsync(HttpMethod.Put, $"/api/permissions/{vhost}/{vhost}",
            new { configure = SubscriberCanTouch, write = SubscriberCanTouch, read = ".*" }, cancellationToken);
        await SendAsync(HttpMethod.Put, $"/api/permissions/{vhost}/{Uri.EscapeDataString(relayUser)}",
            new { configure = RelayCanTouch, write = RelayCanTouch, read = Nothing }, cancellationToken);
        // The user's connections, not the virtual host's: the relay's own connection must always find room.
        await SendAsync(HttpMethod.Put, $"/api/user-limits/{vhost}/max-connections", new { value = MaxConnections }, cancellationToken);
        await SendAsync(HttpMethod.Put, $"/api/vhost-limits/{vhost}/max-queues", new { value = MaxQueues }, cancellationToken);
        await SendAsync(HttpMethod.Put, $"/api/policies/{vhost}/la-queue-length", new Dictionary<string, object>
        {
            ["pattern"] = ".*",
            ["apply-to"] = "queues",
            ["definition"] = new Dictionary<string, object> { ["max-length-bytes"] = MaxQueueBytes, ["overflow"] = "reject-publish" },
        }, cancellationToken);
    }

    /// <summary>Replaces the user's password: new connections need the new one; open ones stay open.</summary>
    public Task SetPasswordAsync(string user, string password, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, $"/api/users/{Uri.EscapeDataString(user)}", new { password, tags = "" }, cancellationToken);

    /// <summary>Deletes the virtual host (its queues and messages with it) and the user.</summary>
    public async Task DeleteAsync(string virtualHost, CancellationToken cancellationToken)
    {
        await SendAsync(HttpMethod.Delete, $"/api/vhosts/{Uri.EscapeDataString(virtualHost)}", null, cancellationToken);
        await SendAsync(HttpMethod.Delete, $"/api/users/{Uri.EscapeDataString(virtualHost)}", null, cancellationToken);
    }

    public void Dispose() => management?.Dispose();

    private async Task SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        if (management is null)
        {
            throw new DependencyUnavailableException($"Broker subscriptions are not available: ConnectionStrings:{BrokerOptions.AdminConnectionName} (RabbitMQ's management API) is not set.");
        }

        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        HttpResponseMessage response;
        try
        {
            response = await management.SendAsync(request, cancellationToken);
        }
        catch (Exception exception)
            when (exception is HttpRequestException || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new DependencyUnavailableException($"The broker's management API could not be reached: {exception.Message}");
        }

        using (response)
        {
            // Deleting what is already gone is done.
            if (!response.IsSuccessStatusCode && !(method == HttpMethod.Delete && response.StatusCode == HttpStatusCode.NotFound))
            {
                throw new DependencyUnavailableException($"The broker's management API answered {(int)response.StatusCode} to {method} {path}.");
            }
        }
    }
}
