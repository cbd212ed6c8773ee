using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace APPlatform.TestSupport;

/// <summary>
/// Every log line an app writes, with its structured values and exception, for tests of what an app logs; or only one
/// category's lines from a level up.
/// </summary>
public sealed class CapturedLogs(string? category = null, LogLevel minimum = LogLevel.Trace) : ILoggerProvider
{
    public ConcurrentQueue<(string Message, IReadOnlyDictionary<string, object?> Values, Exception? Exception)> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => category is null || categoryName == category ? new Logger(this, minimum) : NullLogger.Instance;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs logs, LogLevel minimum) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None && logLevel >= minimum;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                logs.Lines.Enqueue((formatter(state, exception),
                    (state as IEnumerable<KeyValuePair<string, object?>>)?.ToDictionary() ?? new Dictionary<string, object?>(), exception));
            }
        }
    }
}
