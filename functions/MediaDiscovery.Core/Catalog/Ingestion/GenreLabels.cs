namespace MediaDiscovery.Core.Catalog.Ingestion;

/// <summary>
/// Splits a <c>listed_in</c> value into raw labels and maps them to canonical genres. Labels that contain commas
/// themselves are taken whole first; fragments of them map too, so a naive split elsewhere still works.
/// </summary>
internal sealed class GenreLabels(CatalogTaxonomy taxonomy)
{
    public sealed record Mapped(IReadOnlyList<string> RawLabels, IReadOnlyList<string> GenreIds, IReadOnlyList<string> UnknownLabels);

    private static readonly Mapped Empty = new([], [], []);

    public Mapped Map(string listedIn)
    {
        if (listedIn.Length == 0)
            return Empty;
        var labels = new List<string>();
        var rest = ExtractLabelsWithCommas(listedIn, labels);
        foreach (var label in FeedText.SplitList(rest))
        {
            if (!labels.Contains(label, StringComparer.OrdinalIgnoreCase))
                labels.Add(label);
        }
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        List<string>? unknown = null;
        foreach (var label in labels)
        {
            if (taxonomy.TryMapGenreLabel(label, out var mapped))
                ids.UnionWith(mapped);
            else
                (unknown ??= []).Add(label);
        }
        return new Mapped(labels, [.. ids], unknown ?? (IReadOnlyList<string>)[]);
    }

    private string ExtractLabelsWithCommas(string listedIn, List<string> labels)
    {
        var rest = listedIn;
        foreach (var label in taxonomy.LabelsWithCommas)
        {
            var at = rest.IndexOf(label, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
                continue;
            labels.Add(label);
            rest = string.Concat(rest.AsSpan(0, at), ",", rest.AsSpan(at + label.Length));
        }
        return rest;
    }
}
