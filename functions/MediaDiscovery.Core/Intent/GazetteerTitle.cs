using MediaDiscovery.Core.Catalog;

namespace MediaDiscovery.Core.Intent;

/// <summary>A catalog title as the rules know it: its spelling, type and year.</summary>
public sealed record GazetteerTitle(string Name, ContentType Type, int? ReleaseYear);
