namespace MediaDiscovery.Core.Intent;

/// <summary>A credited person: the catalog's most common spelling and how many titles credit them in each role.</summary>
public sealed record GazetteerPerson(string Name, int CastCredits, int DirectorCredits)
{
    public int Credits => CastCredits + DirectorCredits;
}
