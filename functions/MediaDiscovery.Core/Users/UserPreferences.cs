namespace MediaDiscovery.Core.Users;

/// <summary>What a person told us: the platforms they have, genres they like and avoid, the oldest minimum age allowed.</summary>
public sealed record UserPreferences(
    IReadOnlyList<string> Platforms,
    IReadOnlyList<string> LikedGenres,
    IReadOnlyList<string> AvoidedGenres,
    int? MaxMinAge,
    DateTimeOffset UpdatedAt)
{
    public static UserPreferences None(DateTimeOffset at) => new([], [], [], null, at);
}
