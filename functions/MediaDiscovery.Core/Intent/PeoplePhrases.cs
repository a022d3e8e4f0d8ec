using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Core.Intent;

/// <summary>
/// People the catalog credits, as whole names of two or more words (case-insensitive, possessive allowed: "Tom
/// Hanks' movies"). The role comes from a cue ("directed by", "films by", "X's films" -> director for a director;
/// "starring", "with", "featuring" -> cast), else from the catalog's credits (only ever directed -> director, only
/// ever acted -> cast, both -> any). A surname alone ("Spielberg's", "by Nolan") is taken only next to a cue and
/// only when it safely names one person (see <see cref="IntentGazetteer.TryGetBySurname"/>); a capitalised surname
/// right before "movies"/"films"/"shows" counts as a cue ("Nolan movies").
/// </summary>
public static class PeoplePhrases
{
    private static readonly string[][] DirectorCues =
        [["directed", "by"], ["from", "director"], ["director"], ["filmmaker"], ["by"]];
    private static readonly string[][] CastCues =
        [["starring"], ["stars"], ["with"], ["featuring"], ["feat"], ["ft"], ["actor"], ["actress"], ["played", "by"], ["acted", "by"]];
    private static readonly string[][] Joints = [["and"], ["or"], ["nor"]];

    /// <summary>Credits a person needs before their bare name (no "with", "by", ...) becomes a filter.</summary>
    public const int MinBareNameCredits = 2;

    public static void Read(ParsedQuery q, IntentSlots slots, IntentGazetteer gazetteer, bool requireCue = false)
    {
        var previousEnd = -1;
        PersonRole? previousRole = null;
        for (var i = 0; i < q.Count; i++)
        {
            if (!q.IsFree(i, 1))
                continue;
            if (!TryName(q, i, gazetteer, out var person, out var length, out var bySurname))
                continue;
            var (cueLength, cueRole) = Cue(q, i);
            if (cueRole is null && previousRole is { } chained && previousEnd >= 0 && PhraseMatch.Before(q, i, Joints) == i - previousEnd)
                cueRole = chained;
            // "Nolan movies": a capitalised surname right before a type word reads like a possessive. A possessive
            // names a filmography only before a type word ("Spielberg's films", not "Queen Elizabeth's reign").
            var beforeTypeWord = q.IsAny(i + length, "movies", "films", "shows", "series", "movie", "film", "work", "documentaries");
            var possessive = (q.Tokens[i + length - 1].Possessive && beforeTypeWord)
                || (bySurname && q.Tokens[i].Capitalised && beforeTypeWord);
            // A bare full name (no cue, not a possessive) is a filter only for someone the catalog credits often;
            // in a description only cued names count.
            if (cueRole is null && !possessive && (requireCue || person.Credits < MinBareNameCredits || q.Tokens[i + length - 1].Possessive))
                continue;
            // A surname alone needs a cue, and a lower-case one a cue stronger than "with".
            if (bySurname && ((cueRole is null && !possessive) || (!q.Tokens[i].Capitalised && !possessive && q.Is(i - 1, "with"))))
                continue;
            var role = Role(person, cueRole, possessive);
            q.Consume(i - cueLength, cueLength + length);
            IntentSlots.AddDistinct(slots.People, new PersonFilter(person.Name, role));
            if (bySurname)
                slots.Guesses++;
            previousEnd = i + length;
            previousRole = cueRole;
            i += length - 1;
        }
    }

    private static bool TryName(ParsedQuery q, int i, IntentGazetteer gazetteer, out GazetteerPerson person, out int length, out bool bySurname)
    {
        bySurname = false;
        for (length = Math.Min(IntentGazetteer.MaxNameTokens, q.Count - i); length >= 2; length--)
        {
            if (!q.IsFree(i, length))
                continue;
            if (gazetteer.TryGetPerson(q.Key(i, length), out person))
                return true;
            var last = q.Tokens[i + length - 1];
            if (last.Possessive && last.Base != last.Text
                && gazetteer.TryGetPerson(string.Concat(q.Key(i, length - 1), " ", last.Base), out person))
                return true;
        }
        length = 1;
        bySurname = true;
        var token = q.Tokens[i];
        person = null!;
        return !StopWords.Contains(token.Base) && gazetteer.TryGetBySurname(token.Base, out person);
    }

    private static (int Length, PersonRole? Role) Cue(ParsedQuery q, int i)
    {
        var director = PhraseMatch.Before(q, i, DirectorCues);
        if (director > 0)
            return (director, PersonRole.Director);
        var cast = PhraseMatch.Before(q, i, CastCues);
        return cast > 0 ? (cast, PersonRole.Cast) : (0, null);
    }

    private static PersonRole Role(GazetteerPerson person, PersonRole? cue, bool possessive)
    {
        if (possessive && cue is null)
            return person.DirectorCredits >= person.CastCredits ? PersonRole.Director : PersonRole.Cast;
        return cue switch
        {
            PersonRole.Director when person.DirectorCredits > 0 => PersonRole.Director,
            PersonRole.Cast when person.CastCredits > 0 => PersonRole.Cast,
            PersonRole.Director or PersonRole.Cast => PersonRole.Any,
            _ when person.DirectorCredits == 0 => PersonRole.Cast,
            _ when person.CastCredits == 0 => PersonRole.Director,
            _ => PersonRole.Any,
        };
    }
}
