using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Recommendations;
using Microsoft.Extensions.Logging;

namespace MediaDiscovery.Hosting.Recommendations;

/// <summary>
/// Retrains when catalog titles are added or updated, where an audience is read: the audience is linked through the
/// titles' MovieLens ids, so a model trained before the first catalog sync finished (a fresh start) would otherwise
/// miss the audience until the next scheduled training, hours later. Catalog syncs are rare; availability changes do
/// not retrain. The training runs in the background: the sync that published the change does not wait for it.
/// </summary>
public sealed partial class RetrainOnCatalogChange(RecommendationTrainer trainer, ILogger<RetrainOnCatalogChange> logger) : IContentChangeConsumer
{
    private int pending;

    /// <summary>The training started by the last change (for tests); completed when none ran.</summary>
    internal Task Latest { get; private set; } = Task.CompletedTask;

    public Task HandleAsync(IReadOnlyList<ContentChange> changes, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (!changes.Any(c => c.Kind is ContentChangeKind.TitleAdded or ContentChangeKind.TitleUpdated))
            return Task.CompletedTask;
        // One queued retraining covers every change published before it starts.
        if (Interlocked.Exchange(ref pending, 1) == 0)
            Latest = Task.Run(RetrainAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    private async Task RetrainAsync()
    {
        Volatile.Write(ref pending, 0);
        try
        {
            var version = await trainer.TrainNowAsync();
            Retrained(logger, version);
        }
#pragma warning disable CA1031 // A failed retraining leaves the previous model serving; the schedule tries again.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Failed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Catalog titles changed: recommendation models retrained with the audience ({Version})")]
    private static partial void Retrained(ILogger logger, string version);

    [LoggerMessage(Level = LogLevel.Error, Message = "Retraining after a catalog change failed; the previous models keep serving")]
    private static partial void Failed(ILogger logger, Exception error);
}
