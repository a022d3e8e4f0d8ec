namespace MediaDiscovery.Core.Catalog;

/// <summary>What a title is. On the wire: <c>movie</c> or <c>series</c>.</summary>
public enum ContentType
{
    Movie,
    Series,
}

public static class ContentTypes
{
    public static string ToWire(this ContentType type) => type == ContentType.Movie ? "movie" : "series";

    public static bool TryParseWire(string? value, out ContentType type)
    {
        switch (value)
        {
            case "movie": type = ContentType.Movie; return true;
            case "series": type = ContentType.Series; return true;
            default: type = default; return false;
        }
    }
}
