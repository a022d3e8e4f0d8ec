using MediaDiscovery.Core.Availability;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;

namespace MediaDiscovery.Core.Webhooks;

/// <summary>
/// Applies one queued webhook: finds the title by the platform's external id and records the observation (the
/// recorder makes a redelivery or an older event harmless). An id the catalog does not know asks for a catalog
/// refresh and reports <see cref="WebhookApplication.UnknownTitle"/>, so the queue keeps the event for a retry.
/// </summary>
public sealed class WebhookMessageProcessor(ICatalogStore catalog, IAvailabilityRecorder recorder, ICatalogRefreshRequester refresh)
{
    public async Task<WebhookApplication> ApplyAsync(WebhookMessage message, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var e = message.Event;
        var externalId = ExternalIds.Of(e.Platform, e.ShowId);
        var title = await catalog.FindByExternalIdAsync(externalId, ct);
        if (title is null)
        {
            await refresh.RequestAsync(e.Platform, $"webhook {message.WebhookId} names unknown {externalId}", ct);
            return WebhookApplication.UnknownTitle;
        }
        var observation = new AvailabilityObservation(
            title.Id, e.Platform, e.Available, e.Url?.AbsoluteUri, e.PriceType, e.Region, e.OccurredAt, AvailabilitySource.Webhook, message.WebhookId)
        {
            ShowId = e.ShowId,
        };
        await recorder.RecordAsync([observation], ct);
        return WebhookApplication.Recorded;
    }
}
