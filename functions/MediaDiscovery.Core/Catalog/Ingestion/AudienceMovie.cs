namespace MediaDiscovery.Core.Catalog.Ingestion;

/// <summary>A MovieLens movie matched to a catalog title: its id in the export and how many users rated it.</summary>
public sealed record AudienceMovie(int MovieId, int Ratings);
