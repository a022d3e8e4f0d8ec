using System.Collections.Frozen;

namespace MediaDiscovery.Core.Intent;

/// <summary>
/// Filler words: left out of the residual text and of confidence, never a name or a surname on their own.
/// </summary>
public static class StopWords
{
    private static readonly FrozenSet<string> Words = FrozenSet.Create(StringComparer.Ordinal,
        "a", "an", "the", "of", "on", "in", "at", "to", "for", "with", "by", "from", "and", "or", "nor", "about", "as",
        "some", "any", "something", "anything", "me", "i", "im", "ive", "id", "my", "we", "us", "our", "you", "your",
        "please", "find", "search", "looking", "look", "want", "wanna", "need", "give", "get", "got", "watch", "watching",
        "that", "which", "are", "is", "be", "was", "were", "can", "could", "would", "should", "will", "what", "whats",
        "good", "great", "best", "top", "really", "very", "kind", "sort", "type", "stuff", "like", "similar", "also",
        "just", "only", "more", "most", "much", "too", "so", "there", "these", "those", "this", "it", "its", "one",
        "ones", "other", "others", "all", "every", "few", "lots", "lot", "list", "show", "play", "where", "how",
        "who", "whose", "when", "then", "than", "do", "does", "did", "have", "has", "had", "let", "lets", "see",
        "tell", "know", "recommend", "suggest", "suggestions", "options", "ideas", "titles", "title", "stream",
        "streaming", "available", "released", "made", "produced", "set", "rated", "rating", "around", "approximately",
        "roughly", "maybe", "perhaps", "preferably", "ideally", "possibly", "yes", "hey", "hi", "hello", "thanks",
        "ok", "okay", "fine", "safe", "suitable", "appropriate", "enjoy", "loved", "liked", "likes", "into",
        "over", "under", "between", "during", "within", "up", "out", "but", "if", "else", "them", "they", "he",
        "she", "his", "her", "him", "their", "not", "no", "mood", "tonight", "now");

    public static bool Contains(string word) => Words.Contains(word);
}
