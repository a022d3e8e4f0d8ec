using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MediaDiscovery.Hosting.OpenApi;

/// <summary>
/// What the document says about the API as a whole: its title and purpose, a description of each tag the operations
/// use, and server URLs without a trailing slash (a client joins them with paths that start with one).
/// </summary>
public sealed class ApiDocumentDescription : IOpenApiDocumentTransformer
{
    public static readonly IReadOnlyDictionary<string, string> Tags = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Search"] = "Plain-language search across every platform's catalog.",
        ["Discovery"] = "Suggestions, similar titles, trending, and what is new on or leaving each platform.",
        ["Catalog"] = "Titles, genres and platforms.",
        ["Availability"] = "Where a title can be watched, verified with the platforms.",
        ["Intent"] = "What a plain-language query is understood as.",
        ["Users"] = "A user's events, watchlist, preferences, notifications, export and erasure (own user only).",
        ["Recommendations"] = "Personal recommendations, and retraining the model (administrators).",
        ["Webhooks"] = "Availability changes the platforms push, signed per Standard Webhooks.",
        ["Admin"] = "Operations for administrators: catalog sync, availability sweeps, adapter health.",
        ["Development"] = "Development environments only: tokens for trying the API.",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Info ??= new OpenApiInfo();
        document.Info.Title = "MediaDiscovery API";
        document.Info.Description = "Find films and series across streaming platforms in plain language, see where each can be watched, "
            + "and get recommendations. Errors are application/problem+json (RFC 9457) with a correlation id.";
        foreach (var server in document.Servers ?? [])
            server.Url = server.Url?.TrimEnd('/');
        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            if (tag.Name is { } name && Tags.TryGetValue(name, out var description))
                tag.Description = description;
        }
        return Task.CompletedTask;
    }
}
