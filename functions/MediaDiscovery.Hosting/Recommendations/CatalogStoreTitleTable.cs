using System.Globalization;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Catalog.Sync;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Search;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MediaDiscovery.Hosting.Recommendations;

/// <summary>
/// The catalog in memory for recommendations when no search snapshot is hosted beside them (a recommendations
/// function on the DynamoDB backend): every title loaded from the catalog store at start and every
/// <see cref="RefreshInterval"/>, swapped whole. Empty until the first load.
/// </summary>
public sealed partial class CatalogStoreTitleTable(ICatalogStore store, TimeProvider clock, ILogger<CatalogStoreTitleTable> logger) : BackgroundService, ITitleTableSource
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(15);

    private TitleTable current = TitleTable.Empty;

    public TitleTable Current => Volatile.Read(ref current);

    public async Task RefreshAsync(CancellationToken ct)
    {
        var version = long.TryParse(await store.GetMetadataAsync(CatalogSync.CatalogVersionKey, ct), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;
        if (version != 0 && version == Current.CatalogVersion)
            return;
        var titles = new List<Title>();
        await foreach (var title in store.ListAllAsync(ct))
            titles.Add(title);
        Volatile.Write(ref current, TitleTable.Build(titles, version));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(RefreshInterval, clock);
        do
        {
            try
            {
                await RefreshAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed load must not end the refresh loop: the previous table keeps serving.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogFailed(logger, e);
            }
        }
        while (await ScheduledRecommendationTraining.WaitAsync(timer, stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Loading the catalog for recommendations failed; the previous titles keep serving")]
    private static partial void LogFailed(ILogger logger, Exception error);
}
