using Marquee.Content.Articles;
using Marquee.Content.Body;
using Marquee.Import.Crawl;

namespace Marquee.Tests.Import;

/// <summary>What the crawl importer takes from a page's text and what it leaves, read from the record as the runner would (no server: saving is CrawlImportTests').</summary>
public sealed class CrawlExtractionTests
{
    private static readonly string SeedFile = Path.Combine(Repository.Corpus, "crawl", "000_ad9000b7151e503e.txt");
    private static readonly string Records = Path.Combine(AppContext.BaseDirectory, "Import", "CrawlRecords");

    [Fact]
    public void The_seed_page_comes_back_as_a_clean_article()
    {
        var article = Read(SeedFile);

        Assert.Equal("Pink and Kelly Clarkson's Opening Performance at the 2017 American Music Awards Will Leave You in Tears", article.Headline);
        Assert.Equal(new DateTime(2017, 11, 19, 0, 0, 0, DateTimeKind.Utc), article.PublishedAt);
        Assert.Equal(ArticleStatus.Published, article.Status);
        Assert.Equal(["Mike Vulpo"], article.Authors);
        Assert.Equal(
            ["2017 American Music Awards", "Pink", "Kelly Clarkson", "Music", "Entertainment", "Apple News", "Top Stories"],
            article.Tags);
        Assert.Equal(("Musicians Performing Live on Stage", "Pink, Kelly Clarkson, American Music Awards 2017, AMAs", "Kevin Winter/Getty Images"),
            (article.Image!.Caption, article.Image.Alt, article.Image.Credit));

        var paragraphs = Paragraphs(article.BodyHtml);
        Assert.Equal(11, paragraphs.Count);
        Assert.Equal("What a powerful way to start an award show...", paragraphs[0]);
        Assert.StartsWith("\"I love Kelly Clarkson,\" Pink shared", paragraphs[5], StringComparison.Ordinal);
        Assert.Equal("Wait, maybe Andy deserves some credit for making this happen tonight?", paragraphs[8]);
        Assert.EndsWith("Also be sure to watch E! News Monday at 7 & 11 p.m. for all things AMAs!", paragraphs[^1], StringComparison.Ordinal);
        foreach (var chrome in new[] { "Share", "Tweet", "Latest News", "BTS Brings Down", "Today's Hot Photos", "Kevin Winter", "TAGS", "Sweepstakes", "News Tip", "Your source for", "Privacy Policy", "©" })
        {
            Assert.DoesNotContain(chrome, article.BodyHtml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Another_sites_page_loses_its_navigation_rail_adverts_share_bar_and_footer()
    {
        var article = Read(Path.Combine(Records, "gossip-site-related-rail.txt"));

        Assert.Equal(["Jane Doe", "John Roe"], article.Authors);
        Assert.Equal(["Oscars", "Red Carpet", "Parties"], article.Tags);
        Assert.Equal(("Stars Dancing at the Afterparty", "Jane Star, John Actor, Oscars 2024, Afterparty", "AP Photo/Chris Pizzello"),
            (article.Image!.Caption, article.Image.Alt, article.Image.Credit));
        Assert.Equal(
            [
                "The afterparty was where the real show began, and nobody wanted it to end.",
                "Guests arrived just after midnight, many still in the gowns they wore on the red carpet.",
                "By two o'clock the dance floor belonged to the night's winners, trophies in hand.",
                "What the party served:",
                "A source close to the hosts said the party will be back next year \"bigger than ever.\"",
            ],
            Paragraphs(article.BodyHtml));
        Assert.Equal(3, HtmlPage.Parse(article.BodyHtml).QuerySelectorAll("ul > li").Length);
        foreach (var chrome in new[] { "Advertisement", "Who Wore It Best", "Biggest Snubs", "Facebook", "About Us", "Example Gossip Media", "March 10" })
        {
            Assert.DoesNotContain(chrome, article.BodyHtml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_article_without_a_tags_line_ends_at_the_footer_link_list()
    {
        var article = Read(Path.Combine(Records, "tv-blog-footer-links.txt"));

        Assert.Equal(["Sam Writer"], article.Authors);
        Assert.Empty(article.Tags);
        Assert.Null(article.Image);
        Assert.Equal(
            [
                "Nobody saw that ending coming, least of all the cast.",
                "The finale answered two seasons of questions in its last ten minutes, then asked a new one.",
                "\"We kept the final pages away from everyone,\" the showrunner said.",
            ],
            Paragraphs(article.BodyHtml));
    }

    /// <summary>The one article a record gives, with its bylines' and tags' names in order and its body rendered as a save renders it.</summary>
    private static Extracted Read(string path)
    {
        var batch = new CrawlFormat().Read(path);
        var article = batch.Articles.Single().Item;
        var authors = batch.Authors.Select(a => a.Item).ToDictionary(a => a.Slug, a => a.Name);
        var tags = batch.Tags.Select(t => t.Item).ToDictionary(t => t.Slug, t => t.Name);
        return new Extracted(
            article.Headline, article.PublishedAt, article.Status, [.. article.AuthorSlugs.Select(slug => authors[slug])],
            [.. article.TagSlugs.Select(slug => tags[slug])], article.FeatureImage, BodyRenderer.ToHtml(article.BodyMarkdown));
    }

    private static List<string> Paragraphs(string html) =>
        HtmlPage.Parse(html).QuerySelectorAll("p").Select(p => p.TextContent).ToList();

    private sealed record Extracted(
        string Headline, DateTime? PublishedAt, ArticleStatus Status, IReadOnlyList<string> Authors, IReadOnlyList<string> Tags, FeatureImage? Image, string BodyHtml);
}
