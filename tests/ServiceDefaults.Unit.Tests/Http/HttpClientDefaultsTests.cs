using System.Net;
using APPlatform.ServiceDefaults.Correlation;
using APPlatform.ServiceDefaults.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace APPlatform.ServiceDefaults.Unit.Tests.Http;

/// <summary>
/// HttpClients from a service's container call other services by name (services: configuration), retry what is safe
/// to retry, and carry the correlation id. The called service is a real Kestrel server on loopback.
/// </summary>
public sealed class HttpClientDefaultsTests : IAsyncLifetime
{
    private readonly List<(string Method, string Host, string Body, string? CorrelationId)> requests = [];
    private int failuresToServe;
    private WebApplication server = null!;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        server = builder.Build();
        server.Map("/echo", async (HttpContext context) =>
        {
            var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
            lock (requests)
            {
                var correlationId = context.Request.Headers[CorrelationId.HeaderName].FirstOrDefault();
                requests.Add((context.Request.Method, context.Request.Host.Host, body, correlationId));
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
    public async Task CallsByNameTakeTheConfiguredReplicasInTurn()
    {
        // Two replicas: the same server under two names, told apart by the Host header each call arrives with.
        var port = new Uri(server.Urls.Single()).Port;
        var client = ClientCallingEchoByName($"http://127.0.0.1:{port}", $"http://localhost:{port}");

        for (var i = 0; i < 4; i++)
        {
            (await client.GetAsync("http://echo/echo")).EnsureSuccessStatusCode();
        }

        Assert.Equal(["127.0.0.1", "127.0.0.1", "localhost", "localhost"], requests.Select(r => r.Host).Order());
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

    /// <summary>A POST without an Idempotency-Key, or a PATCH, that failed or timed out may still have been done.</summary>
    [Theory]
    [InlineData("POST")]
    [InlineData("PATCH")]
    public async Task ARequestNotSafeToRepeatIsNotRetried(string method)
    {
        failuresToServe = 1;
        var client = ClientCallingEchoByName();
        var request = new HttpRequestMessage(new HttpMethod(method), "http://echo/echo")
        {
            Content = new StringContent("{}"),
        };

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Single(requests);
    }

    [Fact]
    public async Task APostWithAnIdempotencyKeyIsRetriedWithItsBody()
    {
        failuresToServe = 1;
        var client = ClientCallingEchoByName();
        var request = new HttpRequestMessage(HttpMethod.Post, "http://echo/echo")
        {
            Content = new StringContent("""{"pupil":1}"""),
        };
        request.Headers.Add("Idempotency-Key", "retry-me");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["""{"pupil":1}""", """{"pupil":1}"""], requests.Select(r => r.Body));
    }

    [Fact]
    public async Task TheCurrentCorrelationIdTravelsWithTheCall()
    {
        var client = ClientCallingEchoByName();
        CorrelationId.Current = "flows-onward";

        await client.GetAsync("http://echo/echo");

        Assert.Equal("flows-onward", requests.Single().CorrelationId);
    }

    /// <summary>A client from the factory, given the echo server's addresses (by default its one) as "echo".</summary>
    private HttpClient ClientCallingEchoByName(params string[] replicas)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection((replicas.Length > 0 ? replicas : [server.Urls.Single()])
            .Select((address, i) => KeyValuePair.Create($"services:echo:http:{i}", (string?)address)));
        builder.Services.AddHttpClientDefaults();
        return builder.Build().Services.GetRequiredService<IHttpClientFactory>().CreateClient();
    }
}
