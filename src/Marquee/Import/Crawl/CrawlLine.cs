using System.Text.RegularExpressions;

namespace Marquee.Import.Crawl;

/// <summary>
/// One line of a crawled page's text and what it looks like. The extraction rules are written in
/// these terms (prose, link-list item, photo credit, footer) so they hold for any site, not one page.
/// </summary>
internal sealed partial record CrawlLine(int Number, string Text, bool IsListItem)
{
    public int Words { get; } = Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>A sentence a writer wrote: it ends like a sentence, or is too long to be a label or a headline.</summary>
    public bool IsProse => (Words >= 4 && SentenceEnd().IsMatch(Text)) || Words >= 25;

    /// <summary>Prose that ends like a statement; a rail's headlines may ask questions but rarely end in a full stop.</summary>
    public bool IsStatement => (Words >= 6 && StatementEnd().IsMatch(Text)) || Words >= 25;

    /// <summary>An image label as crawlers save alt text: "Pink, Kelly Clarkson, American Music Awards 2017, AMAs".</summary>
    public bool IsNameList => !IsProse && Text.Count(c => c == ',') >= 2;

    /// <summary>A photo credit: "Kevin Winter/Getty Images", "AP Photo/Chris Pizzello", "Photo by Jane Doe".</summary>
    public bool IsCredit => Words <= 10 && !SentenceEnd().IsMatch(Text) && (SlashCredit().IsMatch(Text) || CreditLead().IsMatch(Text));

    /// <summary>The site footer begins: a copyright notice or a row of links separated by pipes.</summary>
    public bool IsFooter => Copyright().IsMatch(Text) || Text.Split(" | ").Length >= 3;

    public static CrawlLine Parse(int number, string raw)
    {
        var text = Spaces().Replace(raw, " ").Trim();
        var isListItem = text.StartsWith('•') || text.StartsWith("* ", StringComparison.Ordinal) || text.StartsWith("- ", StringComparison.Ordinal);
        return new CrawlLine(number, isListItem ? text.TrimStart('•', '*', '-', ' ') : text, isListItem);
    }

    [GeneratedRegex(@"[.!?…:;][""'”’)\]]*$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[.…][""'”’)\]]*$")]
    private static partial Regex StatementEnd();

    [GeneratedRegex(@"^[\p{Lu}][\p{L}.'’ -]*/[\p{Lu}][\p{L}.&'’ -]*$")]
    private static partial Regex SlashCredit();

    [GeneratedRegex(@"^(photo(graph)?s? (by|credit)|photo:|credit:|courtesy( of)?) \S", RegexOptions.IgnoreCase)]
    private static partial Regex CreditLead();

    [GeneratedRegex(@"©|\(c\) \d{4}|copyright \d{4}|all rights reserved", RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
