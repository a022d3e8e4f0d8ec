using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Core.Ports;

/// <summary>Turns what a person typed into a <see cref="SearchIntent"/> (rules locally, Bedrock in AWS).</summary>
public interface IIntentExtractor
{
    /// <summary>Never throws for any input text; filter values are always from the catalog's vocabularies.</summary>
    ValueTask<SearchIntent> ExtractAsync(string query, CancellationToken ct = default);
}
