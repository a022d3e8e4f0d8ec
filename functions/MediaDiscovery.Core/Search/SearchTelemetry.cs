using System.Diagnostics;

namespace MediaDiscovery.Core.Search;

/// <summary>
/// Trace spans for the search pipeline's stages (intent, bm25, vector, fusion, availability), as OpenTelemetry
/// reads them from <see cref="ActivitySource"/>. Without a listener, starting a span costs a null check.
/// </summary>
public static class SearchTelemetry
{
    public const string SourceName = "MediaDiscovery.Search";

    public static readonly ActivitySource Source = new(SourceName);

    public static Activity? Stage(string stage) => Source.StartActivity("search." + stage, ActivityKind.Internal);
}
