using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Core.Ports;

/// <summary>The whole catalog in memory (read once per request, so a request sees one snapshot).</summary>
public interface ITitleTableSource
{
    TitleTable Current { get; }
}
