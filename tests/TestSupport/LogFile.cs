using Microsoft.Extensions.Logging;

namespace APPlatform.TestSupport;

/// <summary>
/// Every log line of a platform under test, its resources' output included, in one file beside the test assembly:
/// where to look when an end-to-end test fails in CI.
/// </summary>
public sealed class LogFile(string path) : ILoggerProvider
{
    private readonly StreamWriter writer = new(path) { AutoFlush = true };
    private readonly Lock gate = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() => writer.Dispose();

    private void Write(string category, LogLevel level, string message, Exception? exception)
    {
        lock (gate)
        {
            writer.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} {level,-11} [{category}] {message}{(exception is null ? "" : Environment.NewLine + exception)}");
        }
    }

    private sealed class Logger(LogFile file, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            file.Write(category, logLevel, formatter(state, exception), exception);
    }
}
