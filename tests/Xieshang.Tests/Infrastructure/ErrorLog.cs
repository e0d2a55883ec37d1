using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Xieshang.Tests.Infrastructure;

/// <summary>
/// Keeps what the app logs (Information and above) so that tests can check it — no personal data — and a failing
/// test can show what the server saw. Errors also go to $XIESHANG_TEST_ERROR_LOG when set.
/// </summary>
public sealed class ErrorLog : ILoggerProvider
{
    public ConcurrentQueue<string> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);
    public void Dispose() { }

    sealed class Logger(ErrorLog owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            var line = $"{category}: {formatter(state, exception)} {exception}";
            owner.Entries.Enqueue(line);
            var file = Environment.GetEnvironmentVariable("XIESHANG_TEST_ERROR_LOG");
            if (file != null && logLevel >= LogLevel.Error) File.AppendAllText(file, line + Environment.NewLine);
        }
    }
}
