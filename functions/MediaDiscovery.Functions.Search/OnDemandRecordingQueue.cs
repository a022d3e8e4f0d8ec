using System.Threading.Channels;
using MediaDiscovery.Core.Availability;
using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Functions.Search;

/// <summary>
/// What searches verified, recorded off the request path: a bounded queue (when full, a verification is not
/// recorded; the next sweep or search verifies again) drained by <see cref="OnDemandRecorder"/>.
/// </summary>
public sealed class OnDemandRecordingQueue
{
    private readonly Channel<IReadOnlyList<AvailabilityObservation>> channel = Channel.CreateBounded<IReadOnlyList<AvailabilityObservation>>(
        new BoundedChannelOptions(256) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public bool TryEnqueue(IReadOnlyList<AvailabilityObservation> observations) => channel.Writer.TryWrite(observations);

    public ChannelReader<IReadOnlyList<AvailabilityObservation>> Reader => channel.Reader;
}

/// <summary>Records the queued on-demand observations through the one recorder (source OnDemand).</summary>
public sealed partial class OnDemandRecorder(OnDemandRecordingQueue queue, IAvailabilityRecorder recorder, ILogger<OnDemandRecorder> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var observations in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await recorder.RecordAsync(observations, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Losing one verification costs a re-check later; the recorder must not stop.
                LogFailed(logger, observations.Count, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recording {Count} on-demand availability observations failed")]
    private static partial void LogFailed(ILogger logger, int count, Exception e);
}
