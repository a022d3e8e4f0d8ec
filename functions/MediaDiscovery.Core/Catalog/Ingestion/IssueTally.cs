namespace MediaDiscovery.Core.Catalog.Ingestion;

/// <summary>How often one kind of issue (a repair kind, a rejection reason, an unknown label) occurred, with the first examples.</summary>
public sealed record IssueTally(string Key, int Count, IReadOnlyList<string> Examples);
