using MediaDiscovery.Embedded.Search;

namespace MediaDiscovery.Functions.Search;

/// <summary>Builds (or reopens) the embedded search indexes at start-up; catalog changes rebuild them later.</summary>
public sealed partial class SearchIndexWarmup(SearchIndexes indexes, ILogger<SearchIndexWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var snapshot = await indexes.RebuildAsync(stoppingToken);
            var times = indexes.LastBuildTimes;
            LogBuilt(logger, snapshot.Titles.Count, snapshot.Titles.CatalogVersion, snapshot.Vectors?.Populated ?? 0,
                Ms(times?.Total), Ms(times?.LoadTitles), Ms(times?.Lexical), Ms(times?.Fuzzy), Ms(times?.Vectors));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e);
        }
    }

    private static long Ms(TimeSpan? time) => (long)(time?.TotalMilliseconds ?? 0);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search indexes ready: {Titles} titles, catalog version {Version}, {Vectors} vectors in {TotalMs} ms (titles {LoadMs} ms, then concurrently lexical {LexicalMs} ms, fuzzy {FuzzyMs} ms, vectors {VectorsMs} ms)")]
    private static partial void LogBuilt(ILogger logger, int titles, long version, int vectors, long totalMs, long loadMs, long lexicalMs, long fuzzyMs, long vectorsMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Building the search indexes failed")]
    private static partial void LogFailed(ILogger logger, Exception e);
}
