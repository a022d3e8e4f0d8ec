namespace MediaDiscovery.Core.Search;

/// <summary>Who a person must be in a title. On the wire: <c>cast</c>, <c>director</c>, <c>any</c>.</summary>
public enum PersonRole
{
    Any,
    Cast,
    Director,
}

/// <summary>A person a title must credit, by the catalog's spelling of the name.</summary>
public sealed record PersonFilter(string Name, PersonRole Role);
