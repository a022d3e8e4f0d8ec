namespace MediaDiscovery.Core.Intent;

/// <summary>Where the rules get the current gazetteer (built from the catalog; rebuilt when it changes).</summary>
public interface IIntentGazetteerSource
{
    ValueTask<IntentGazetteer> GetAsync(CancellationToken ct = default);
}
