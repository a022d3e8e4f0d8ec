namespace MediaDiscovery.Core.Catalog.Ingestion;

/// <summary>A platform of the taxonomy: canonical id, display name, its catalog export and that export's <c>OTT</c> value.</summary>
public sealed record CatalogPlatform(string Id, string DisplayName, string SourceFile, string OttValue);
