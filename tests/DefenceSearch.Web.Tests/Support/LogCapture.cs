using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace DefenceSearch.Web.Tests.Support;

/// <summary>Keeps the site's log lines (warnings and above) so tests can check what the site said.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => _lines.ToArray();

    public string Text => string.Join('\n', _lines);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            capture._lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : " — " + exception.GetType().Name)}");
        }
    }
}
