using MediaDiscovery.Embedded.Search;

namespace MediaDiscovery.Embedded.Tests.Search;

public sealed class FixedIndexes(SearchIndexSnapshot snapshot) : ISearchIndexSource
{
    public SearchIndexSnapshot Current => snapshot;
}
