namespace MediaDiscovery.Core.Webhooks;

/// <summary>Whether a webhook was queued now or had been received before under the same <c>webhook-id</c>.</summary>
public enum EnqueueOutcome
{
    Queued,
    Duplicate,
}
