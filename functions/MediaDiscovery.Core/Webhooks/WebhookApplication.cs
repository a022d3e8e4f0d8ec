namespace MediaDiscovery.Core.Webhooks;

/// <summary>What applying a queued webhook did.</summary>
public enum WebhookApplication
{
    /// <summary>Recorded: changed the catalog, confirmed it, or was older than the stored state.</summary>
    Recorded,

    /// <summary>No title has the external id yet: a catalog refresh was requested and the message must be retried.</summary>
    UnknownTitle,
}
