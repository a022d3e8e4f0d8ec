namespace MediaDiscovery.Embedded.Search;

/// <summary>Where the retriever gets the current indexes (read once per request, so a request sees one snapshot).</summary>
public interface ISearchIndexSource
{
    SearchIndexSnapshot Current { get; }
}
