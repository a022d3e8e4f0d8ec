using System.Globalization;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Core.Tests.Intent;

/// <summary>
/// A compact description of an intent for table tests: <c>intent=similar; types=movie; genres=comedy,romance;
/// exclude=horror; platforms=netflix; countries=Mexico; year=1990..1999; runtime=..89; age=7;
/// people=Tom Hanks/cast; similar=Inception; now; unsupported=HBO Max; text=music</c>. Slots left out must be empty;
/// <c>intent</c> defaults to search; <c>text</c> is checked only when given.
/// </summary>
public static class IntentExpectation
{
    public static string Describe(SearchIntent intent, bool withText)
    {
        var f = intent.Filters;
        var parts = new List<string>();
        if (intent.Intent != IntentKind.Search)
            parts.Add("intent=" + intent.Intent.ToString().ToLowerInvariant());
        Add(parts, "types", f.Types.Select(t => t.ToWire()));
        Add(parts, "genres", f.Genres);
        Add(parts, "exclude", f.ExcludeGenres);
        Add(parts, "platforms", f.Platforms);
        Add(parts, "countries", f.Countries);
        if (!f.ReleaseYear.IsAny)
            parts.Add($"year={Num(f.ReleaseYear.Min)}..{Num(f.ReleaseYear.Max)}");
        if (!f.RuntimeMinutes.IsAny)
            parts.Add($"runtime={Num(f.RuntimeMinutes.Min)}..{Num(f.RuntimeMinutes.Max)}");
        if (f.MaxMinAge is { } age)
            parts.Add("age=" + age.ToString(CultureInfo.InvariantCulture));
        Add(parts, "people", f.People.Select(p => $"{p.Name}/{p.Role.ToString().ToLowerInvariant()}"));
        if (intent.SimilarTo is { } similar)
            parts.Add("similar=" + similar);
        if (f.AvailableNow)
            parts.Add("now");
        Add(parts, "unsupported", intent.Unsupported);
        if (withText)
            parts.Add("text=" + intent.Text);
        return string.Join("; ", parts);
    }

    /// <summary>The expectation in the same canonical order as <see cref="Describe"/>.</summary>
    public static string Canonical(string expected)
    {
        var order = new[] { "intent", "types", "genres", "exclude", "platforms", "countries", "year", "runtime", "age", "people", "similar", "now", "unsupported", "text" };
        var items = expected.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(item => item.Split('=', 2))
            .Select(kv => (Key: kv[0], Value: kv.Length > 1 ? SortList(kv[0], kv[1]) : null))
            .Where(kv => !(kv.Key == "intent" && kv.Value == "search"))
            .OrderBy(kv => Array.IndexOf(order, kv.Key));
        return string.Join("; ", items.Select(kv => kv.Value is null ? kv.Key : kv.Key + "=" + kv.Value));
    }

    private static string SortList(string key, string value) =>
        key is "types" or "genres" or "exclude" or "platforms" or "countries" or "people" or "unsupported"
            ? string.Join(",", value.Split(',').Select(v => v.Trim()).Order(StringComparer.Ordinal))
            : value;

    private static void Add(List<string> parts, string name, IEnumerable<string> values)
    {
        var list = values.Order(StringComparer.Ordinal).ToList();
        if (list.Count > 0)
            parts.Add(name + "=" + string.Join(",", list));
    }

    private static string Num(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
