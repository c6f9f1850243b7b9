using Marquee.Content.Articles;
using Marquee.Content.Authors;
using Marquee.Content.Tags;

namespace Marquee.Import.Crawl;

/// <summary>Plain-text crawl records: a first line "date YYYY-MM-DD headline", then the page's visible text, chrome and all.</summary>
public sealed class CrawlFormat : IImportFormat
{
    /// <summary>Past this, a "crawl record" is not one page's text but something else (a dump, a binary).</summary>
    private const long MaxBytes = 4 * 1024 * 1024;

    public string Name => "crawl";

    public string Extension => ".txt";

    public bool Recognises(string path)
    {
        if (!path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        using var reader = new StreamReader(path);
        var first = reader.ReadLine();
        while (first is not null && first.Trim().Length == 0)
        {
            first = reader.ReadLine();
        }

        return first is not null && CrawlHeader.LooksLikeOne(first);
    }

    public ImportBatch Read(string path)
    {
        var lines = ReadLines(path);
        var header = CrawlHeader.Parse(path, lines.FirstOrDefault(l => l.Trim().Length > 0) ?? "");
        var body = lines.SkipWhile(l => l.Trim().Length == 0).Skip(1).ToList();
        var article = new CrawlExtractor(path).Extract(header, [.. CrawlText.Lines(body, firstNumber: 2)]);
        return ToBatch(path, article);
    }

    private static string[] ReadLines(string path)
    {
        if (new FileInfo(path).Length > MaxBytes)
        {
            throw new ImportException(path, null, $"larger than {MaxBytes / 1024 / 1024} MB; a crawl record is one page's text");
        }

        var text = ImportText.ReadUtf8(path);
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new ImportException(path, null, "binary data, not a crawl record's text");
        }

        return text.Split('\n');
    }

    private static ImportBatch ToBatch(string path, CrawlArticle article)
    {
        var where = $"'{article.Header.Headline}'";
        var batch = new ImportBatch();
        var tags = article.Tags.Select(name => new TagInput(ImportSlug.Of(path, where, name), name)).DistinctBy(t => t.Slug).ToList();
        var authors = article.Authors.Select(name => new AuthorInput(ImportSlug.Of(path, where, name), name)).DistinctBy(a => a.Slug).ToList();
        batch.Tags.AddRange(tags.Select(t => new ImportRecord<TagInput>($"tag '{t.Name}'", t)));
        batch.Authors.AddRange(authors.Select(a => new ImportRecord<AuthorInput>($"author '{a.Name}'", a)));
        // A headline with no Latin letters has no slug: the date and a digest of it stand in, stable across re-crawls.
        var slug = ImportSlug.OrDigest(article.Header.Headline, $"{article.Header.Date:yyyy-MM-dd}");
        var published = article.Header.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        batch.Articles.Add(new ImportRecord<ArticleInput>(where, new ArticleInput
        {
            // The page's identity in a crawl is its date and headline: a re-crawl updates the same article.
            SourceKey = $"crawl:{article.Header.Date:yyyy-MM-dd}:{slug}",
            Slug = slug,
            Headline = article.Header.Headline,
            BodyMarkdown = string.Join("\n\n", article.Paragraphs),
            Status = ArticleStatus.Published,
            PublishedAt = published,
            // A crawl record knows only its date: the story is as the page showed it then, not changed on the day of import.
            SourceModifiedAt = published,
            AuthorSlugs = authors.Select(a => a.Slug).ToList(),
            TagSlugs = tags.Select(t => t.Slug).ToList(),
            FeatureImage = article.Photo,
        }));
        return batch;
    }
}
