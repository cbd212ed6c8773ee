using System.Net;
using APPlatform.ServiceDefaults.Correlation;
using APPlatform.ServiceDefaults.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace APPlatform.ServiceDefaults.Tests.Http;

/// <summary>
/// HttpClients from a service's container call other services by name (services: configuration), retry what is safe
/// to retry, and carry the correlation id. The called service is a real Kestrel server on loopback.
/// </summary>
public sealed class HttpClientDefaultsTests : IAsyncLifetime
{
    private readonly List<(string Method, string? CorrelationId)> requests = [];
    private int failuresToServe;
    private WebApplication server = null!;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        server = builder.Build();
        server.Map("/echo", (HttpContext context) =>
        {
            lock (requests)
            {
                requests.Add((context.Request.Method, context.Request.Headers[CorrelationId.HeaderName].FirstOrDefault()));
                return failuresToServe-- > 0 ? Results.StatusCode(503) : Results.Ok("served");
            }
        });
        await server.StartAsync();
    }

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task AServiceNameResolvesToTheConfiguredReplicas()
    {
        var client = ClientCallingEchoByName();

        var response = await client.GetAsync("http://echo/echo");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(requests);
    }

    [Fact]
    public async Task AGetThatMeetsATransientFailureIsRetried()
    {
        failuresToServe = 2;
        var client = ClientCallingEchoByName();

        var response = await client.GetAsync("http://echo/echo");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, requests.Count);
    }

    [Fact]
    public async Task APostWithoutAnIdempotencyKeyIsNotRetried()
    {
        failuresToServe = 1;
        var client = ClientCallingEchoByName();

        var response = await client.PostAsync("http://echo/echo", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Single(requests);
    }

    [Fact]
    public async Task APostWithAnIdempotencyKeyIsRetriedWithItsBody()
    {
        failuresToServe = 1;
        var client = ClientCallingEchoByName();
        var request = new HttpRequestMessage(HttpMethod.Post, "http://echo/echo") { Content = new StringContent("{}") };
        request.Headers.Add("Idempotency-Key", "retry-me");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, requests.Count);
    }

    [Fact]
    public async Task TheCurrentCorrelationIdTravelsWithTheCall()
    {
        var client = ClientCallingEchoByName();
        CorrelationId.Current = "flows-onward";

        await client.GetAsync("http://echo/echo");

        Assert.Equal("flows-onward", requests.Single().CorrelationId);
    }

    private HttpClient ClientCallingEchoByName()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["services:echo:http:0"] = server.Urls.Single() });
        builder.Services.AddHttpClientDefaults();
        return builder.Build().Services.GetRequiredService<IHttpClientFactory>().CreateClient();
    }
}
