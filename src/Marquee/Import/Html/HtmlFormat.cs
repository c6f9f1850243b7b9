using Marquee.Content.Articles;
using Marquee.Content.Authors;
using Marquee.Content.Tags;

namespace Marquee.Import.Html;

/// <summary>A saved web page (<c>.html</c>): one article, its metadata from what the page declares, its body by extraction.</summary>
public sealed class HtmlFormat : IImportFormat
{
    public string Name => "html";

    public string Extension => ".html";

    public bool Recognises(string path)
    {
        if (!path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        using var reader = new StreamReader(path);
        var start = new char[1024];
        var read = reader.Read(start);
        return start.AsSpan(0, read).TrimStart().StartsWith("<");
    }

    public ImportBatch Read(string path) => ToBatch(path, HtmlArticles.Read(path, HtmlPage.Load(path)));

    private static ImportBatch ToBatch(string path, HtmlArticle article)
    {
        var where = $"'{article.Headline}'";
        var metadata = article.Metadata;
        var batch = new ImportBatch();
        var tags = metadata.Tags.Concat(metadata.Section is { } section ? [section] : []).Select(name => new TagInput(ImportSlug.OrDigest(name, "tag"), name)).DistinctBy(t => t.Slug).ToList();
        var authors = metadata.Authors.Select(name => new AuthorInput(ImportSlug.OrDigest(name, "author"), name)).DistinctBy(a => a.Slug).ToList();
        batch.Tags.AddRange(tags.Select(t => new ImportRecord<TagInput>($"tag '{t.Name}'", t)));
        batch.Authors.AddRange(authors.Select(a => new ImportRecord<AuthorInput>($"author '{a.Name}'", a)));
        if (metadata.PublishedAt is null)
        {
            batch.Skipped.Add(new ImportSkip(where, "the page gives no publication date; imported as a draft"));
        }

        var slug = ImportSlug.OrDigest(article.Headline, "page");
        batch.Articles.Add(new ImportRecord<ArticleInput>(where, new ArticleInput
        {
            // The page's own address is its identity: importing it again, from another copy, updates the same article.
            SourceKey = $"html:{metadata.CanonicalUrl ?? slug}",
            Slug = slug,
            Headline = article.Headline,
            Dek = metadata.Description,
            BodyMarkdown = ImportHtml.Block(article.BodyHtml),
            Status = metadata.PublishedAt is null ? ArticleStatus.Draft : ArticleStatus.Published,
            PublishedAt = metadata.PublishedAt,
            SourceModifiedAt = metadata.ModifiedAt ?? metadata.PublishedAt,
            AuthorSlugs = authors.Select(a => a.Slug).ToList(),
            TagSlugs = tags.Select(t => t.Slug).ToList(),
            FeatureImage = metadata.ImageUrl is null
                ? null
                : new FeatureImage(metadata.ImageUrl, metadata.ImageCaption, metadata.ImageCaption, metadata.ImageCredit ?? FeatureImage.Uncredited("a web page")),
        }));
        return batch;
    }
}
