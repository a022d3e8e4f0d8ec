namespace MediaDiscovery.Core.Catalog.Ingestion;

/// <summary>Canonical genres, maturity ages and platforms (the project's copy of the shared taxonomy).</summary>
public sealed class CatalogTaxonomy
{
    public static CatalogTaxonomy Default => throw new NotImplementedException();
}
