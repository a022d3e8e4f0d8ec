using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Hosting.Contracts;

/// <summary>A person filter on the wire: the catalog's spelling and <c>cast</c> | <c>director</c> | <c>any</c>.</summary>
public sealed record PersonView(string Name, string? Role = null)
{
    public static PersonView From(PersonFilter person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return new PersonView(person.Name, ToWire(person.Role));
    }

    public static string ToWire(PersonRole role) => role switch
    {
        PersonRole.Cast => "cast",
        PersonRole.Director => "director",
        _ => "any",
    };

    /// <summary>A missing role means any.</summary>
    public static bool TryParseRole(string? role, out PersonRole parsed)
    {
        switch (role)
        {
            case null or "any": parsed = PersonRole.Any; return true;
            case "cast": parsed = PersonRole.Cast; return true;
            case "director": parsed = PersonRole.Director; return true;
            default: parsed = PersonRole.Any; return false;
        }
    }
}
