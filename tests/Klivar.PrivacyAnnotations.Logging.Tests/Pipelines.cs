using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Klivar.PrivacyAnnotations.Compliance;
using Klivar.PrivacyAnnotations.Serilog;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Klivar.PrivacyAnnotations.Logging.Tests;

/// <summary>The real Serilog pipeline with the privacy policy, writing compact JSON into a string.</summary>
public sealed class SerilogPipeline : IDisposable
{
    private readonly StringWriter _output = new();
    private readonly global::Serilog.Core.Logger _logger;

    public SerilogPipeline()
    {
        _logger = new LoggerConfiguration()
            .Destructure.WithPrivacyAnnotations()
            .WriteTo.Sink(new TextSink(new CompactJsonFormatter(), _output))
            .CreateLogger();
    }

    public global::Serilog.ILogger Logger => _logger;

    /// <summary>What the formatter wrote, one JSON object per event.</summary>
    public string Output => _output.ToString();

    /// <summary>Every property name and string value of the events, decoded from JSON, without the timestamps.</summary>
    public string DecodedText()
    {
        var text = new StringBuilder();
        foreach (var line in Output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var document = JsonDocument.Parse(line);
            Collect(document.RootElement, text);
        }
        return text.ToString();
    }

    private static void Collect(JsonElement element, StringBuilder text)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "@t") continue;
                    text.Append(property.Name).Append('\n');
                    Collect(property.Value, text);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) Collect(item, text);
                break;
            default:
                text.Append(element.ToString()).Append('\n');
                break;
        }
    }

    public void Dispose() => _logger.Dispose();

    // A sink that formats each event into a TextWriter: Serilog's own formatter does the writing.
    private sealed class TextSink(global::Serilog.Formatting.ITextFormatter formatter, TextWriter output) : ILogEventSink
    {
        public void Emit(LogEvent logEvent)
        {
            lock (output) formatter.Format(logEvent, output);
        }
    }
}

/// <summary>
/// The real Microsoft.Extensions.Logging pipeline with redaction enabled (Microsoft.Extensions.Telemetry) and the
/// privacy annotations' redactors; a provider that records what reaches it: the message and every tag.
/// </summary>
public sealed class MicrosoftLoggingPipeline : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly RecordingProvider _provider = new();

    public MicrosoftLoggingPipeline(Action<Microsoft.Extensions.Compliance.Redaction.IRedactionBuilder>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddPrivacyAnnotationsRedaction(configure);
        services.AddLogging(logging =>
        {
            // No discriminator: redact the value alone ("jane@x.com", not "jane@x.com:customer.Email"), as every other
            // output does (docs/logging.md).
            logging.EnableRedaction(options => options.ApplyDiscriminator = false);
            logging.AddProvider(_provider);
        });
        _services = services.BuildServiceProvider();
        Logger = _services.GetRequiredService<ILoggerFactory>().CreateLogger("Shop");
    }

    public Microsoft.Extensions.Logging.ILogger Logger { get; }

    public IReadOnlyList<(string Message, IReadOnlyList<KeyValuePair<string, object?>> Tags)> Entries => _provider.Entries.ToList();

    /// <summary>Every message, tag name and tag value, one per line.</summary>
    public string Text()
    {
        var text = new StringBuilder();
        foreach (var (message, tags) in Entries)
        {
            text.Append(message).Append('\n');
            foreach (var tag in tags) text.Append(tag.Key).Append('\n').Append(Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }
        return text.ToString();
    }

    public void Dispose() => _services.Dispose();

    private sealed class RecordingProvider : ILoggerProvider
    {
        public ConcurrentQueue<(string, IReadOnlyList<KeyValuePair<string, object?>>)> Entries { get; } = new();

        public Microsoft.Extensions.Logging.ILogger CreateLogger(string categoryName) => new Recorder(this);

        public void Dispose() { }

        private sealed class Recorder(RecordingProvider owner) : Microsoft.Extensions.Logging.ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                // Read the values now, as a sink does: the redaction pipeline redacts them just in time and reuses its redactors.
                var tags = state is IEnumerable<KeyValuePair<string, object?>> pairs
                    ? pairs.Select(p => new KeyValuePair<string, object?>(p.Key, Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture))).ToList()
                    : new List<KeyValuePair<string, object?>>();
                owner.Entries.Enqueue((formatter(state, exception), tags));
            }
        }
    }
}

public static partial class ShopLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Customer signed up")]
    public static partial void SignedUp(Microsoft.Extensions.Logging.ILogger logger, [LogProperties] Customer customer);
}
