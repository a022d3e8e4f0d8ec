namespace MediaDiscovery.Core.Catalog.Ingestion;

/// <summary>Critic/audience scores by (normalised title, year, type) from the enrichment datasets.</summary>
public sealed class ScoreTable
{
    public static ScoreTable Parse(Stream? movies, Stream? shows) => throw new NotImplementedException();
}
