using System.Net;
using System.Net.Http.Json;
using APPlatform.TestSupport;

namespace APPlatform.Chaos;

/// <summary>What a client's call ended with: the answer it was finally given, or none if it gave up.</summary>
public sealed record Outcome(HttpStatusCode? Status, string Body, bool Ambiguous)
{
    public bool Succeeded => Status is { } status && (int)status < 300;
}

/// <summary>
/// A demo client signed in at the gateway that retries as a careful real client would: on a connection error, a
/// timeout, a 5xx, a 429 or a 409 with Retry-After (its first try still running), with the same Idempotency-Key and
/// body, waiting Retry-After or an exponential backoff with jitter, for up to three minutes.
/// </summary>
public sealed class RetryingClient(HttpClient http, string name, ClientTally tally)
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(30);

    public string Name => name;

    public static async Task<RetryingClient> SignInAsync(Uri gateway, string demoClient, ClientTally tally)
    {
        var http = await GatewayClient.SignInAsync(gateway, demoClient, new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) });
        return new RetryingClient(http, demoClient, tally);
    }

    public Task<Outcome> PostAsync(string path, object? body, bool idempotent = true) => SendAsync(HttpMethod.Post, path, body, idempotent);

    public Task<Outcome> PutAsync(string path, object body) => SendAsync(HttpMethod.Put, path, body, idempotent: false);

    public Task<Outcome> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null, idempotent: false);

    /// <summary>
    /// Sends until an answer that is not worth retrying. <see cref="Outcome.Ambiguous"/> says an earlier try may have
    /// taken effect without its answer arriving: a step without an Idempotency-Key then reads a 409 as done already.
    /// </summary>
    public async Task<Outcome> SendAsync(HttpMethod method, string path, object? body, bool idempotent)
    {
        var key = idempotent ? Guid.NewGuid().ToString() : null;
        var giveUpAt = DateTime.UtcNow + GiveUpAfter;
        var ambiguous = false;
        for (var attempt = 0; ; attempt++)
        {
            tally.Attempt(attempt > 0);
            TimeSpan? retryAfter = null;
            string failure;
            try
            {
                using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
                if (key is not null)
                {
                    request.Headers.Add("Idempotency-Key", key);
                }

                using var timeout = new CancellationTokenSource(CallTimeout);
                using var response = await http.SendAsync(request, timeout.Token);
                var text = await response.Content.ReadAsStringAsync();
                var status = (int)response.StatusCode;
                var busy = response.StatusCode == HttpStatusCode.Conflict && response.Headers.RetryAfter is not null;
                if (status < 500 && response.StatusCode != HttpStatusCode.TooManyRequests && !busy)
                {
                    return new Outcome(response.StatusCode, text, ambiguous);
                }

                ambiguous |= status >= 500;
                retryAfter = response.Headers.RetryAfter?.Delta;
                failure = $"{status}";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                ambiguous = true;
                failure = e.GetType().Name;
            }

            if (DateTime.UtcNow > giveUpAt)
            {
                tally.GaveUp($"{name} {method} {path}: {failure}");
                return new Outcome(null, failure, ambiguous);
            }

            var backoff = TimeSpan.FromMilliseconds(Math.Min(8000, 250 * Math.Pow(2, Math.Min(attempt, 6))) * (0.5 + Random.Shared.NextDouble() / 2));
            await Task.Delay(retryAfter is { } wait && wait > backoff ? wait : backoff);
        }
    }
}

/// <summary>Every client's calls, retries and the calls given up on: the client side of the ledger.</summary>
public sealed class ClientTally
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> givenUp = new();
    private long calls;
    private long retries;

    public long Calls => Interlocked.Read(ref calls);

    public long Retries => Interlocked.Read(ref retries);

    public IReadOnlyCollection<string> GivenUp => givenUp;

    public void Attempt(bool retry) => Interlocked.Increment(ref retry ? ref retries : ref calls);

    public void GaveUp(string what) => givenUp.Enqueue(what);
}
