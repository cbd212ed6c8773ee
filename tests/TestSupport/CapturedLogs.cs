using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace APPlatform.TestSupport;

/// <summary>Every log line an app writes, with its structured values, for tests of what an app logs.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    public ConcurrentQueue<(string Message, IReadOnlyDictionary<string, object?> Values)> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Lines.Enqueue((formatter(state, exception),
                (state as IEnumerable<KeyValuePair<string, object?>>)?.ToDictionary() ?? new Dictionary<string, object?>()));
    }
}
