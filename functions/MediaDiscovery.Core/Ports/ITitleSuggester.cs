namespace MediaDiscovery.Core.Ports;

/// <summary>Title completion for a search box: prefix matches first, then typo-tolerant ones.</summary>
public interface ITitleSuggester
{
    IReadOnlyList<TitleSuggestion> Suggest(string prefix, int limit);
}

public sealed record TitleSuggestion(string TitleId, string Title, string Type, int? ReleaseYear, double Score);
