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
            LogBuilt(logger, snapshot.Titles.Count, snapshot.Titles.CatalogVersion, snapshot.Vectors?.Populated ?? 0);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search indexes ready: {Titles} titles, catalog version {Version}, {Vectors} vectors")]
    private static partial void LogBuilt(ILogger logger, int titles, long version, int vectors);

    [LoggerMessage(Level = LogLevel.Error, Message = "Building the search indexes failed")]
    private static partial void LogFailed(ILogger logger, Exception e);
}
