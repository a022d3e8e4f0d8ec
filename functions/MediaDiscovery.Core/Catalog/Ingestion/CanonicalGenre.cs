namespace MediaDiscovery.Core.Catalog.Ingestion;

/// <summary>One of the taxonomy's canonical genres: a stable id (<c>science-fiction</c>) and how to show it.</summary>
public sealed record CanonicalGenre(string Id, string DisplayName);
