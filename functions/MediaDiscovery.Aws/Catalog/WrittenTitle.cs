using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Aws.Catalog;

/// <summary>A title whose doc was just stored, with the external ids its previous version held.</summary>
internal sealed record WrittenTitle(Title Title, IReadOnlyList<string> PreviousExternalIds);
