using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace MediaDiscovery.Hosting.Observability;

/// <summary>JSON logs with secrets masked, EMF metrics, and search stage spans turned into stage metrics.</summary>
public static class ObservabilityServices
{
    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.FormatterName = RedactingJsonConsoleFormatter.FormatterName);
        // Registered by hand rather than with AddConsoleFormatter, which also binds the options from configuration by
        // reflection (not Native AOT-safe); every option is set here.
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ConsoleFormatter, RedactingJsonConsoleFormatter>());
        builder.Services.Configure<JsonConsoleFormatterOptions>(o =>
        {
            o.IncludeScopes = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        builder.Services.AddSingleton<EmbeddedMetricWriter>();
        builder.Services.AddSingleton<ApiMetrics>();
        builder.Services.AddHostedService<SearchStageMetrics>();
        return builder;
    }
}
