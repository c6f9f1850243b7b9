using System.Text.RegularExpressions;

namespace Marquee.Import.Crawl;

/// <summary>
/// One line of a crawled page's text and what it looks like. The extraction rules are written in
/// these terms (prose, link-list item, photo credit, footer) so they hold for any site and any language, not one page.
/// </summary>
internal sealed partial record CrawlLine(int Number, string Text, bool IsListItem)
{
    /// <summary>Past this a line is prose whatever its ending: labels, headlines and link texts are shorter.</summary>
    private const int LongWords = 25;

    /// <summary>
    /// Its length in words. Chinese and Japanese put no spaces between words: two of their characters count as a
    /// word (the average word length), so a line of them weighs what the same sentence would in English.
    /// </summary>
    public int Words { get; } = Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Sum(token => CjkScript().IsMatch(token) ? Math.Max(1, CjkScript().Count(token) / 2) : 1);

    /// <summary>A sentence a writer wrote: it ends like a sentence, or is too long to be a label or a headline.</summary>
    public bool IsProse => (Words >= 4 && SentenceEnd().IsMatch(Text)) || Words >= LongWords;

    /// <summary>Prose that ends like a statement; a rail's headlines may ask questions but rarely end in a full stop.</summary>
    public bool IsStatement => (Words >= 6 && StatementEnd().IsMatch(Text)) || Words >= LongWords;

    /// <summary>An image label as crawlers save alt text: "Pink, Kelly Clarkson, American Music Awards 2017, AMAs".</summary>
    public bool IsNameList => !IsProse && Text.Count(c => c == ',') >= 2;

    /// <summary>A photo credit: "Kevin Winter/Getty Images", "AP Photo/Chris Pizzello", "Photo by Jane Doe".</summary>
    public bool IsCredit => Words <= 10 && !SentenceEnd().IsMatch(Text) && (SlashCredit().IsMatch(Text) || CreditLead().IsMatch(Text));

    /// <summary>The site footer begins: a copyright notice or a row of links separated by pipes.</summary>
    public bool IsFooter => Copyright().IsMatch(Text) || Text.Split(" | ").Length >= 3;

    /// <summary>A list item too short to be a sentence: a link in a navigation bar, share bar or rail.</summary>
    public bool IsShortListItem => IsListItem && Words <= 4;

    /// <summary>A tags line ("TAGS/ Pink, Music", "Tags: Oscars, Parties"): its names, or null when it is not one.</summary>
    public IReadOnlyList<string>? Tags => TagsLine().Match(Text) is { Success: true } tags
        ? tags.Groups["list"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        : null;

    /// <summary>The heading of a rail of other stories ("Latest News", "Related Stories", "Trending").</summary>
    public bool IsRailHeading => RailHeading().IsMatch(Text);

    /// <summary>The heading of a comment section, in the languages of the pages seen ("12 Comments", "Leave a Reply", "Kommentare").</summary>
    public bool IsCommentsHeading => Words <= 12 && CommentsHeading().IsMatch(Text);

    /// <summary>Whether this line is the page's headline again (as the article's title, or cut short with "…").</summary>
    public bool IsHeadline(string headline)
    {
        var line = Comparable(Text);
        var whole = Comparable(headline);
        return line.Length > 0 && (line == whole || (Words >= 4 && Truncated().IsMatch(Text) && whole.StartsWith(line, StringComparison.Ordinal)));
    }

    public static CrawlLine Parse(int number, string raw)
    {
        var text = Spaces().Replace(raw, " ").Trim();
        var isListItem = ListMarker().IsMatch(text);
        return new CrawlLine(number, isListItem ? ListMarker().Replace(text, "") : text, isListItem);
    }

    /// <summary>Chinese, Japanese and Korean letters: written without spaces (Korean aside), so counted one by one.</summary>
    public static bool IsCjk(char c) => CjkScript().IsMatch(stackalloc[] { c });

    private static string Comparable(string text) => Spaces().Replace(TrailingMarks().Replace(text, ""), " ").Trim().ToLowerInvariant();

    /// <summary>Chinese and Japanese letters and their punctuation.</summary>
    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}]")]
    private static partial Regex CjkScript();

    /// <summary>A list bullet as text browsers print one ("•", "*", "+" nested, "-").</summary>
    [GeneratedRegex(@"^(?:•\s*|[*+-]\s+)")]
    private static partial Regex ListMarker();

    /// <summary>A sentence's end, Latin or CJK, before closing quotes and brackets.</summary>
    [GeneratedRegex(@"[.!?…:;。！？][""'”’)\]」』）]*$")]
    private static partial Regex SentenceEnd();

    /// <summary>A statement's end: a full stop or an ellipsis.</summary>
    [GeneratedRegex(@"[.…。][""'”’)\]」』）]*$")]
    private static partial Regex StatementEnd();

    /// <summary>A headline cut short for a teaser.</summary>
    [GeneratedRegex(@"(…|\.\.\.)$")]
    private static partial Regex Truncated();

    /// <summary>What a headline may end with that does not change it (spaces, dots, a site separator).</summary>
    [GeneratedRegex(@"[\s.…:|–—-]+$")]
    private static partial Regex TrailingMarks();

    /// <summary>"Name/Agency".</summary>
    [GeneratedRegex(@"^[\p{Lu}][\p{L}.'’ -]*/[\p{Lu}][\p{L}.&'’ -]*$")]
    private static partial Regex SlashCredit();

    /// <summary>"Photo by …", "Credit: …", "Courtesy of …".</summary>
    [GeneratedRegex(@"^(photo(graph)?s? (by|credit)|photo:|credit:|courtesy( of)?) \S", RegexOptions.IgnoreCase)]
    private static partial Regex CreditLead();

    /// <summary>A copyright notice.</summary>
    [GeneratedRegex(@"©|\(c\) \d{4}|copyright \d{4}|all rights reserved", RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();

    /// <summary>Any run of white space, as one space.</summary>
    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>"TAGS/ a, b", "Tags: a, b".</summary>
    [GeneratedRegex(@"^tags?\s*[/:]\s*(?<list>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex TagsLine();

    /// <summary>Headings of rails of other stories, in English and the other languages of the pages seen.</summary>
    [GeneratedRegex(@"^(latest( news| stories)?|related( stories| articles| coverage| content| posts)?|more (news|stories|from \S.{0,30})|trending( now| stories)?|most (popular|read|viewed|shared)|popular( stories| now)?|recommended( for you| stories)?|you (may|might) also like|read (more|next|this next)|up next|don't miss|around the web|what to read next|top stories|mehr zum thema|das könnte sie auch interessieren|à lire aussi|lire aussi|sur le même sujet|te puede interesar|leia também|leggi anche|potrebbe interessarti)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex RailHeading();

    /// <summary>Headings of comment sections.</summary>
    [GeneratedRegex(@"^(\d+\.\s+)?\S+ says:$|^(\d+\s+)?(thoughts on|comments?|responses?|replies|reader comments|discussion|show comments|view comments|leave a (comment|reply)|post a comment|add a comment|join the (discussion|conversation)|kommentare?|leserkommentare|commentaires?|réactions|comentarios?|comentários|commenti|reacties|komentarze|комментарии|댓글|コメント|评论)\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex CommentsHeading();
}
