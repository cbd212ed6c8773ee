namespace APPlatform.ServiceDefaults.Correlation;

/// <summary>Carries the current correlation id on outgoing HTTP calls.</summary>
internal sealed class CorrelationIdHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (CorrelationId.Current is { } id && !request.Headers.Contains(CorrelationId.HeaderName))
        {
            request.Headers.Add(CorrelationId.HeaderName, id);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
