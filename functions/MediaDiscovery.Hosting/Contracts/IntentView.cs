using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Hosting.Contracts;

/// <summary>
/// An extracted intent on the wire (API.md <c>POST /api/v1/intent</c>; the Search function embeds the same
/// object). Every filter key is always present. <see cref="Unsupported"/> lists what the query asked for that the
/// catalog cannot filter on (platforms it does not carry).
/// </summary>
public sealed record IntentView(
    string Intent,
    FiltersView Filters,
    string? SimilarTo,
    string Text,
    string Source,
    double Confidence,
    IReadOnlyList<string> Unsupported)
{
    public static IntentView From(SearchIntent intent)
    {
        ArgumentNullException.ThrowIfNull(intent);
        return new IntentView(
            ToWire(intent.Intent),
            FiltersView.From(intent.Filters),
            intent.SimilarTo,
            intent.Text,
            intent.Source,
            intent.Confidence,
            intent.Unsupported);
    }

    public static string ToWire(IntentKind kind) => kind switch
    {
        IntentKind.Recommend => "recommend",
        IntentKind.Similar => "similar",
        IntentKind.Lookup => "lookup",
        _ => "search",
    };
}
