namespace Marquee.Content.Search;

/// <summary>
/// A reader's query as the engines take it: words that must all match, quoted phrases, excluded words (-word), and the
/// last word matched as a prefix while it is still being typed. Parsed, never passed through: every part is a plain word.
/// </summary>
public sealed record SearchQuery(IReadOnlyList<string> Words, IReadOnlyList<IReadOnlyList<string>> Phrases, IReadOnlyList<string> Excluded, string? Prefix)
{
    /// <summary>A shorter last word would match a large part of the index as a prefix; it is matched whole.</summary>
    public const int ShortestPrefix = 3;

    public static readonly SearchQuery Empty = new([], [], [], null);

    /// <summary>Nothing to look for: no word, phrase or prefix (exclusions alone select nothing).</summary>
    public bool IsEmpty => Words.Count == 0 && Phrases.Count == 0 && Prefix is null;

    /// <summary>The words that must appear, phrases' and prefix's included: what spelling checks and highlighting read.</summary>
    public IEnumerable<string> Required => Words.Concat(Phrases.SelectMany(p => p)).Concat(Prefix is null ? [] : [Prefix]);

    /// <summary>
    /// Quotes open and close phrases (an unbalanced one runs to the end); a leading '-' excludes a word; the last bare
    /// word, unless followed by a space, is a prefix. Any other character only separates words.
    /// </summary>
    public static SearchQuery Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Empty;
        }

        var words = new List<string>();
        var phrases = new List<IReadOnlyList<string>>();
        var excluded = new List<string>();
        var parts = text.Split('"');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i % 2 == 1)
            {
                AddPhrase(phrases, words, SearchWords.Of(parts[i]).ToList());
                continue;
            }

            foreach (var token in parts[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                var tokenWords = SearchWords.Of(token).ToList();
                (token.StartsWith('-') && tokenWords.Count == 1 ? excluded : words).AddRange(tokenWords);
            }
        }

        var prefix = PrefixOf(text, parts.Length, words);
        return new SearchQuery(Distinct(words), phrases, Distinct(excluded.Except(words)), prefix);
    }

    /// <summary>The same query as a reader would type it: for links (did you mean, search instead) and engines that parse it again.</summary>
    public override string ToString() =>
        string.Join(' ', Words.Concat(Phrases.Select(p => $"\"{string.Join(' ', p)}\"")).Concat(Prefix is null ? [] : [Prefix]).Concat(Excluded.Select(w => $"-{w}")));

    /// <summary>The same query with some words replaced (a spelling correction), prefix matching left as it was.</summary>
    public SearchQuery Replacing(IReadOnlyDictionary<string, string> corrections) => this with
    {
        Words = Words.Select(w => corrections.GetValueOrDefault(w, w)).ToList(),
        Phrases = Phrases.Select(p => (IReadOnlyList<string>)p.Select(w => corrections.GetValueOrDefault(w, w)).ToList()).ToList(),
        Prefix = Prefix is null ? null : corrections.GetValueOrDefault(Prefix, Prefix),
    };

    private static void AddPhrase(List<IReadOnlyList<string>> phrases, List<string> words, List<string> phraseWords)
    {
        if (phraseWords.Count == 1)
        {
            words.Add(phraseWords[0]);
        }
        else if (phraseWords.Count > 1)
        {
            phrases.Add(phraseWords);
        }
    }

    /// <summary>The last bare word becomes the prefix when the text ends in it (not in a space, a quote or an exclusion).</summary>
    private static string? PrefixOf(string text, int quoteParts, List<string> words)
    {
        var endsInBareWord = quoteParts % 2 == 1 && text.Length > 0 && char.IsLetterOrDigit(text[^1]) && !LastToken(text).StartsWith('-');
        if (!endsInBareWord || words.Count == 0 || words[^1].Length < ShortestPrefix)
        {
            return null;
        }

        var prefix = words[^1];
        words.RemoveAt(words.Count - 1);
        return words.Contains(prefix) ? null : prefix;
    }

    private static string LastToken(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[^1];

    private static List<string> Distinct(IEnumerable<string> words) => words.Distinct(StringComparer.Ordinal).ToList();
}
