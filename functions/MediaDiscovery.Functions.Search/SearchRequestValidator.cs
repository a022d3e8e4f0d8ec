using System.Text;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Functions.Search;

/// <summary>
/// Checks a search request against the contract: query 0..500 chars (empty only with filters: browse), limit
/// 1..100, known filter values, region US. Control characters are dropped and whitespace folded rather than
/// refused: people paste.
/// </summary>
public static class SearchRequestValidator
{
    public const int MaxQueryLength = 500;
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public sealed record Valid(string Query, SearchFilters Filters, int Limit, RetrievalMode Mode);

    public static Valid? Validate(SearchRequestBody body, CatalogTaxonomy taxonomy, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var query = Clean(body.Query ?? "");
        if (query.Length > MaxQueryLength)
            errors["query"] = [$"The query must be at most {MaxQueryLength} characters."];
        var limit = body.Limit ?? DefaultLimit;
        if (limit is < 1 or > MaxLimit)
            errors["limit"] = [$"The limit must be between 1 and {MaxLimit}."];
        if (body.Region is { } region && !string.Equals(region, "US", StringComparison.OrdinalIgnoreCase))
            errors["region"] = ["Only the region 'US' is available."];
        var mode = body.Retrieval switch
        {
            null or "hybrid" => RetrievalMode.Hybrid,
            "bm25" => RetrievalMode.Lexical,
            "vector" => RetrievalMode.Vector,
            _ => (RetrievalMode?)null,
        };
        if (mode is null)
            errors["retrieval"] = ["Use 'hybrid', 'bm25' or 'vector'."];
        var filters = SearchFilters.None;
        if (body.Filters is not null)
        {
            filters = body.Filters.ToFilters(taxonomy, out var filterErrors);
            foreach (var (key, messages) in filterErrors)
                errors[key] = messages; // already named "filters.<slot>"
        }
        if (query.Length == 0 && filters.IsEmpty && !errors.ContainsKey("query"))
            errors["query"] = ["Give a query (1 to 500 characters), or filters to browse by."];
        return errors.Count == 0 ? new Valid(query, filters, limit, mode!.Value) : null;
    }

    public static string Clean(string raw)
    {
        var sb = new StringBuilder(Math.Min(raw.Length, MaxQueryLength + 1));
        var space = false;
        foreach (var rune in raw.EnumerateRunes())
        {
            if (sb.Length > MaxQueryLength)
                break;
            if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune) || Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.Format)
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
                sb.Append(' ');
            space = false;
            sb.Append(rune.ToString());
        }
        return sb.ToString();
    }
}
