using System.Text.Json;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Users;

namespace MediaDiscovery.Functions.Recommendations;

/// <summary>
/// Reads <c>PUT /api/v1/users/{userId}/preferences</c> bodies: the whole preferences (an absent list is empty):
/// <c>platforms</c> (taxonomy platform ids), <c>likedGenres</c> and <c>avoidedGenres</c> (canonical genre ids, no
/// genre in both), <c>maxMinAge</c> 0..21 or null. Unknown values are listed with the valid ones.
/// </summary>
public static class PreferencesReader
{
    public const int MaxValues = 50;

    public static UserPreferences? Read(JsonElement body, string userId, CatalogTaxonomy taxonomy, DateTimeOffset now, out Dictionary<string, string[]> errors)
    {
        var fields = JsonBodyFields.Open(body);
        errors = fields?.Errors ?? new Dictionary<string, string[]>(StringComparer.Ordinal) { ["body"] = ["The body must be a JSON object."] };
        if (!UserIds.IsWellFormed(userId))
            errors["userId"] = [UserIds.Rule];
        if (fields is null)
            return null;

        var platformIds = taxonomy.Platforms.Select(p => p.Id).ToList();
        var genreIds = taxonomy.Genres.Select(g => g.Id).ToList();
        var platforms = Known(fields.Strings("platforms", MaxValues), "platforms", platformIds, errors);
        var liked = Known(fields.Strings("likedGenres", MaxValues), "likedGenres", genreIds, errors);
        var avoided = Known(fields.Strings("avoidedGenres", MaxValues), "avoidedGenres", genreIds, errors);
        var both = liked.Intersect(avoided, StringComparer.Ordinal).ToList();
        if (both.Count > 0 && !errors.ContainsKey("avoidedGenres"))
            errors["avoidedGenres"] = [$"A genre cannot be both liked and avoided: {string.Join(", ", both)}."];
        var maxMinAge = fields.Integer("maxMinAge");
        if (maxMinAge is < 0 or > 21)
            errors["maxMinAge"] = ["maxMinAge must lie in 0..21 (or be null for no limit)."];
        return errors.Count == 0 ? new UserPreferences(platforms, liked, avoided, maxMinAge, now) : null;
    }

    /// <summary>The values that are in the vocabulary, distinct, in the order given; the others are errors.</summary>
    public static List<string> Known(IReadOnlyList<string>? values, string key, IReadOnlyList<string> valid, Dictionary<string, string[]> errors)
    {
        if (values is null)
            return [];
        var unknown = values.Where(v => !valid.Contains(v, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
            errors[key] = [$"Unknown value(s) {string.Join(", ", unknown.Take(10).Select(Quote))}; valid values are: {string.Join(", ", valid)}."];
        return values.Where(v => valid.Contains(v, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
    }

    private static string Quote(string value) => "'" + (value.Length <= 40 ? value : value[..40] + "...") + "'";
}
