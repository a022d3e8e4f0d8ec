namespace MediaDiscovery.Core.Catalog.Ingestion;

/// <summary>Placeholder shape; the ingestion pipeline fills it.</summary>
public sealed record IngestReport;
