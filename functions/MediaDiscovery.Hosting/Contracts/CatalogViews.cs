namespace MediaDiscovery.Hosting.Contracts;

public sealed record GenreView(string Id, string Name, int TitleCount);

public sealed record GenresResponse(IReadOnlyList<GenreView> Genres);

public sealed record PlatformView(string Id, string Name, int TitleCount, DateTimeOffset? CatalogSyncedAt);

public sealed record PlatformsResponse(IReadOnlyList<PlatformView> Platforms);
