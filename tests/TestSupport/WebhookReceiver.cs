using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace APPlatform.TestSupport;

/// <summary>One webhook call as the receiver got it, and what it answered.</summary>
public sealed record ReceivedWebhook(IReadOnlyDictionary<string, string> Headers, string Body, int Answered)
{
    public string EventId => Headers["APPlatform-Event-Id"];

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    /// <summary>The "v1=" entries of the signature header: two while a rotated secret's predecessor still signs.</summary>
    public IReadOnlyList<string> Signatures => Headers.TryGetValue("APPlatform-Signature", out var header) ? header.Split(',') : [];

    /// <summary>
    /// Checks the signature as a subscriber's system would: one of the header's "v1=" entries is the hex HMAC-SHA256
    /// of "{timestamp}.{body}" keyed with the secret it was given, and the timestamp is within five minutes.
    /// </summary>
    public bool IsSignedWith(string secret)
    {
        if (!Headers.TryGetValue("APPlatform-Timestamp", out var timestamp)
            || !long.TryParse(timestamp, out var seconds) || Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - seconds) > 300)
        {
            return false;
        }

        var expected = "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{Body}")));
        return Signatures.Any(signature => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature)));
    }
}

/// <summary>
/// A subscriber's system: a real HTTP server on loopback that records every call and answers 200, or 500 while told
/// to fail, so tests see retries, parking and replays as a receiver would.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ReceivedWebhook> received = new();
    private int failuresLeft;

    private WebhookReceiver(WebApplication app) => this.app = app;

    public string Url => $"{app.Urls.First()}/hooks";

    public IReadOnlyList<ReceivedWebhook> Received => [.. received];

    /// <summary>Answer 500 to the next <paramref name="count"/> calls (int.MaxValue: until told otherwise).</summary>
    public void Fail(int count) => Interlocked.Exchange(ref failuresLeft, count);

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var receiver = new WebhookReceiver(builder.Build());
        receiver.app.MapPost("/hooks", (Delegate)receiver.ReceiveAsync);
        await receiver.app.StartAsync();
        return receiver;
    }

    /// <summary>Waits until the calls received satisfy <paramref name="done"/>; returns them.</summary>
    public Task<IReadOnlyList<ReceivedWebhook>> WaitForAsync(Func<IReadOnlyList<ReceivedWebhook>, bool> done, string because, TimeSpan? timeout = null) =>
        Eventually.Until(() => Task.FromResult(Received), done, timeout, because);

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task<IResult> ReceiveAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var failing = Interlocked.CompareExchange(ref failuresLeft, 0, 0) > 0 && Interlocked.Decrement(ref failuresLeft) >= 0;
        var status = failing ? StatusCodes.Status500InternalServerError : StatusCodes.Status200OK;
        received.Enqueue(new ReceivedWebhook(context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), body, status));
        return Results.StatusCode(status);
    }
}
