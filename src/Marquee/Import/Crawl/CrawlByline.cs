using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Marquee.Import.Crawl;

/// <summary>
/// Finds the byline near the top of the article: "By …" in the languages of the pages seen ("Par", "Por", "Von",
/// "Di", "Door", "Av"…), anywhere in a short line ("Posted by …", "5:45 AM by …") or on the line after a lone "By";
/// else a line that starts with a name followed by a date, a handle or a job title ("Chris Davies - Nov 19, 2019").
/// What trails the names (dates, "Follow @…", the outlet, the job) is left off.
/// </summary>
internal static partial class CrawlByline
{
    /// <summary>A byline line is short; a longer line that says "by" is a sentence.</summary>
    private const int MaxWords = 20;

    /// <summary>How many lines below the headline, or above the article's first, a byline may stand (a dek, share bars and rails come between).</summary>
    private const int LinesAround = 20;

    /// <summary>How many lines into the article it may stand (after a photo, a dek).</summary>
    private const int LinesInto = 3;

    private const int MaxNameWords = 4;

    /// <summary>The small words inside names ("Abigail van Buren", "Marcus de Guzman").</summary>
    private static readonly FrozenSet<string> Particles = FrozenSet.Create(StringComparer.Ordinal,
        "van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "das", "la", "le", "bin", "al", "ter", "zu");

    /// <summary>"And" between two authors' names, in the languages of <see cref="By"/>.</summary>
    private static readonly FrozenSet<string> Conjunctions = FrozenSet.Create(StringComparer.Ordinal,
        "and", "&", "und", "et", "y", "e", "en", "og", "och", "i", "ve", "и");

    /// <summary>Capitalised words that end a name: what bylines put after it (the date, the job, the outlet).</summary>
    private static readonly FrozenSet<string> NotNames = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "on", "update", "updated", "published", "posted", "senior", "contributor", "contributing", "reporter", "editor", "correspondent",
        "columnist", "photographer", "follow", "jan", "january", "feb", "february", "mar", "march", "apr", "april", "jun", "jul", "aug",
        "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "am", "pm", "et", "est", "edt", "pst", "gmt", "utc", "associated", "press", "reuters",
        "usa", "today", "view", "more", "articles");

    public static IReadOnlyList<string> Find(IReadOnlyList<CrawlLine> lines, CrawlRegion region)
    {
        // Below the headline when the page shows it (the byline's place on every page seen), else above the article.
        var from = region.Headline >= 0 ? region.Headline + 1 : Math.Max(0, region.Start - LinesAround);
        var to = Math.Min(lines.Count, Math.Max(region.Start + LinesInto, from + LinesAround));
        var window = Enumerable.Range(from, Math.Max(0, to - from)).Where(i => lines[i].Words <= MaxWords && !lines[i].IsProse).ToList();
        return FirstNames(window, i => Prefixed(lines, i, LeadingBy()))
            ?? FirstNames(window, i => Prefixed(lines, i, InnerBy()))
            ?? FirstNames(window, i => Unprefixed(lines, i))
            ?? [];
    }

    private static List<string>? FirstNames(List<int> window, Func<int, List<string>> names) =>
        window.Select(names).FirstOrDefault(found => found.Count > 0);

    private static List<string> Prefixed(IReadOnlyList<CrawlLine> lines, int i, Regex by)
    {
        var match = by.Match(lines[i].Text);
        if (!match.Success)
        {
            return [];
        }

        // "By" alone on its line: the names are on the next.
        return match.Groups["names"].Success ? Names(match.Groups["names"].Value) : i + 1 < lines.Count ? Names(lines[i + 1].Text) : [];
    }

    /// <summary>A line that starts "By Name", or is "By" alone.</summary>
    [GeneratedRegex(@"^(?i:" + By + @")\s*:?(?:\s+(?<names>\p{Lu}.*))?$")]
    private static partial Regex LeadingBy();

    /// <summary>"Posted by …", "7:45 am PST by …", "| BY: …"; not a photo's or a video's credit.</summary>
    [GeneratedRegex(@"(?<!(?i:photo|photos|photograph|illustration|image|images|video|graphic|graphics|design|designed|produced|edited|sponsored|powered|presented)\s)(?<=[\s|,•·–—-])(?i:" + By + @")\s*:?\s+(?<names>\p{Lu}.*)$")]
    private static partial Regex InnerBy();

    private static List<string> Unprefixed(IReadOnlyList<CrawlLine> lines, int i)
    {
        var match = NameFirst().Match(lines[i].Text);
        if (!match.Success)
        {
            return [];
        }

        var rest = match.Groups["rest"].Value;
        var next = i + 1 < lines.Count ? lines[i + 1].Text : "";
        var vouched = Attribution().IsMatch(rest) || rest.Contains('@') || Attribution().IsMatch(next);
        return vouched ? Names(lines[i].Text) : [];
    }

    /// <summary>A line that starts with two to four capitalised words, and what follows them.</summary>
    [GeneratedRegex(@"^(?<name>(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]*)(?<rest>(?:\s*(?:[-|/•·–—,@]|(?:on|and|&|und|et|y)\s|\d).*)?)$")]
    private static partial Regex NameFirst();

    /// <summary>What follows a name in a byline: a date or time ("Nov 19, 2019", "11/19/19", "19 nov. 2019", "Updated", "2 hours ago") or a job ("AP Auto Writer").</summary>
    [GeneratedRegex(@"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}\.?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mär|mai|okt|dez|janv|févr|avr|juil|août|déc|ene|abr|ago|dic|gen|mag|giu|lug|set|ott)[a-z]*\.?\s+\d{4}|\b(updated|published|posted|\d+ (hours?|minutes?|days?) ago)\b|\b(writer|editor|reporter|correspondent|columnist|contributor|staff|journalist|redakteur|rédact|periodista|giornalista)", RegexOptions.IgnoreCase)]
    private static partial Regex Attribution();

    /// <summary>
    /// The people a byline names, read name by name: "A, B and C" is three, "A, B, C" alone on its line is three, but
    /// "A, Outlet" or "A, Staff Writer" is one (a lone comma introduces an affiliation far more often than an author).
    /// </summary>
    private static List<string> Names(string text)
    {
        var tokens = text.Replace(",", " , ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var names = new List<string>();
        var (position, joinedByConjunction, lastConjunction) = (0, false, -1);
        while (Name(tokens, ref position) is { } name)
        {
            names.Add(name);
            if (joinedByConjunction)
            {
                lastConjunction = names.Count;
            }

            var separator = position < tokens.Count ? tokens[position] : "";
            joinedByConjunction = Conjunctions.Contains(separator);
            if (separator != "," && !joinedByConjunction)
            {
                break;
            }

            position++;
        }

        var wholeList = names.Count >= 3 && position >= tokens.Count;
        return lastConjunction > 0 ? names[..lastConjunction] : wholeList ? names : names.Take(1).ToList();
    }

    /// <summary>The name at <paramref name="position"/>: capitalised words (and "van", "de"… between them), stopped by anything else; null under two words.</summary>
    private static string? Name(List<string> tokens, ref int position)
    {
        var words = new List<string>();
        for (; position < tokens.Count && words.Count < MaxNameWords; position++)
        {
            var (word, glued) = Unglue(tokens[position]);
            if (NotNames.Contains(word.TrimEnd('.')) || !(NameWord().IsMatch(word) || (words.Count > 0 && Particles.Contains(word))))
            {
                break;
            }

            words.Add(word);
            if (glued)
            {
                position = tokens.Count;
                break;
            }
        }

        words = [.. words.AsEnumerable().Reverse().SkipWhile(w => Particles.Contains(w)).Reverse()];
        var half = words.Count / 2;
        if (words.Count % 2 == 0 && half > 0 && words.Take(half).SequenceEqual(words.Skip(half)))
        {
            words = words[..half];
        }

        return words.Count < 2 || words[^1].TrimEnd('.').Length < 2 ? null : Cased(string.Join(' ', words));
    }

    /// <summary>A capitalised word or an initial ("E.", "J.R.").</summary>
    [GeneratedRegex(@"^(?:[\p{Lu}][\p{L}'’-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*)$")]
    private static partial Regex NameWord();

    /// <summary>A name a page ran into what follows it: "JamesStaff", "Turak@NatashaTurak".</summary>
    private static (string Word, bool Glued) Unglue(string word)
    {
        var at = word.IndexOf('@', StringComparison.Ordinal);
        if (at > 0)
        {
            return (word[..at], true);
        }

        return Glued().Match(word) is { Success: true } glued ? (glued.Groups["name"].Value, true) : (word, false);
    }

    /// <summary>A surname run into the next word ("JamesStaff", "GarberFOXBusiness"); "MacDonald" is one name.</summary>
    [GeneratedRegex(@"^(?<name>\p{Lu}\p{Ll}{2,})(?<!^Mac)\p{Lu}.+$")]
    private static partial Regex Glued();

    /// <summary>A name written in capitals ("TOM KRISHER") as a profile shows it.</summary>
    private static string Cased(string name) =>
        name.Any(char.IsLower) ? name : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant());

    /// <summary>"By" in the languages of the pages seen: English, French, Spanish and Portuguese, German, Italian, Dutch, Scandinavian, Indonesian, Polish, Russian.</summary>
    private const string By = "by|par|por|von|di|door|av|af|oleh|przez|autor(?:in)?|author|автор";
}
