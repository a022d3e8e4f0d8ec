using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Core.Search;

/// <summary>People are matched by the title normal form of their names (case, accents, punctuation folded).</summary>
public static class PersonNames
{
    public static string Normalise(string name) => TitleNormaliser.Normalise(name);
}
