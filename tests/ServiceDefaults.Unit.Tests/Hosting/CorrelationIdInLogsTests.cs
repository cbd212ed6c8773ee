using System.Collections.Concurrent;
using APPlatform.ServiceDefaults.Correlation;
using Microsoft.Extensions.Logging;

namespace APPlatform.ServiceDefaults.Unit.Tests.Hosting;

/// <summary>The correlation id a request brings (or is given) is echoed and scopes every log line written for it.</summary>
public sealed class CorrelationIdInLogsTests
{
    private readonly CapturingLoggerProvider logs = new();

    [Fact]
    public async Task EveryLogLineWrittenForARequestCarriesItsCorrelationId()
    {
        await using var app = await DefaultsApp.StartAsync(logging: logging => logging.AddProvider(logs));
        var request = new HttpRequestMessage(HttpMethod.Get, "/work");
        request.Headers.Add(CorrelationId.HeaderName, "portal-7f3a");

        var response = await app.Client.SendAsync(request);

        Assert.Equal(["portal-7f3a"], response.Headers.GetValues(CorrelationId.HeaderName));
        Assert.Equal("portal-7f3a", logs.Lines.Single(line => line.Message == "Doing the work").CorrelationId);
    }

    [Fact]
    public async Task ARequestWithoutOneIsGivenOne()
    {
        await using var app = await DefaultsApp.StartAsync(logging: logging => logging.AddProvider(logs));

        var response = await app.Client.GetAsync("/work");

        var id = Assert.Single(response.Headers.GetValues(CorrelationId.HeaderName));
        Assert.Equal(32, id.Length);
        Assert.Equal(id, logs.Lines.Single(line => line.Message == "Doing the work").CorrelationId);
    }

    /// <summary>Which ids are unsafe is CorrelationId.IsAcceptable's table (CorrelationIdTests); this is its wiring.</summary>
    [Fact]
    public async Task AnUnsafeIdIsReplacedRatherThanWrittenIntoTheLogs()
    {
        const string unsafeId = "has spaces in it";
        await using var app = await DefaultsApp.StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/work");
        request.Headers.TryAddWithoutValidation(CorrelationId.HeaderName, unsafeId);

        var response = await app.Client.SendAsync(request);

        Assert.NotEqual(unsafeId, Assert.Single(response.Headers.GetValues(CorrelationId.HeaderName)));
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

        public ConcurrentQueue<(string Message, string? CorrelationId)> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLoggerProvider provider) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => provider.scopes.Push(state);

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                string? correlationId = null;
                provider.scopes.ForEachScope((scope, _) =>
                {
                    if (scope is IEnumerable<KeyValuePair<string, object?>> values &&
                        values.FirstOrDefault(v => v.Key == "CorrelationId").Value is string id)
                    {
                        correlationId = id;
                    }
                }, (object?)null);
                provider.Lines.Enqueue((formatter(state, exception), correlationId));
            }
        }
    }
}
