using System.Globalization;
using System.Text;
using APPlatform.Notifications.Model;
using APPlatform.Notifications.Sending;
using Microsoft.Extensions.Options;

namespace APPlatform.Notifications.Webhooks;

/// <summary>
/// Posts a webhook delivery, signed (<see cref="WebhookSignature"/>). Receivers recompute the signature, accept a
/// match with any entry, refuse old timestamps, and drop an APPlatform-Event-Id they have seen. Its own HttpClient: no
/// service discovery and no automatic retries, since a delivery keeps its own retry schedule.
/// </summary>
public sealed class WebhookSender(IOptions<DeliveryOptions> options, TimeProvider clock) : IDisposable
{
    public const string SignatureHeader = "APPlatform-Signature";
    public const string TimestampHeader = "APPlatform-Timestamp";
    public const string EventIdHeader = "APPlatform-Event-Id";
    public const string EventTypeHeader = "APPlatform-Event-Type";
    public const string DeliveryIdHeader = "APPlatform-Delivery-Id";

    private readonly HttpClient http = new(new SocketsHttpHandler
    {
        ConnectCallback = ReceiverAddresses.Connector(options.Value.AllowLocalReceivers),
        ConnectTimeout = TimeSpan.FromSeconds(10),
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        AllowAutoRedirect = false,
    })
    {
        Timeout = TimeSpan.FromSeconds(15),
    };

    public async Task SendAsync(Delivery delivery, IReadOnlyList<string> secrets, CancellationToken cancellationToken)
    {
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Target)
        {
            Content = new StringContent(delivery.Body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(EventIdHeader, delivery.EventId.ToString());
        request.Headers.Add(EventTypeHeader, delivery.EventType);
        request.Headers.Add(DeliveryIdHeader, delivery.Id.ToString());
        request.Headers.Add(TimestampHeader, timestamp);
        request.Headers.Add(SignatureHeader, WebhookSignature.Of(timestamp, delivery.Body, secrets));

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new DeliveryFailedException($"The receiver could not be reached: {exception.Message}", exception);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new DeliveryFailedException($"The receiver answered {(int)response.StatusCode} {response.ReasonPhrase}.");
            }
        }
    }

    public void Dispose() => http.Dispose();
}
