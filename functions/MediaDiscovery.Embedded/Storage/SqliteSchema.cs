namespace MediaDiscovery.Embedded.Storage;

/// <summary>
/// The tables of one SQLite file at one version. <paramref name="CreateTables"/> must be idempotent (<c>IF NOT
/// EXISTS</c>); bump <paramref name="Version"/> when the tables change, with a migration from the previous one.
/// </summary>
internal sealed record SqliteSchema(int Version, string CreateTables);
