using Marquee.Content.Body;
using Marquee.Content.Tags;
using Marquee.Platform.Caching;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.Articles;

/// <summary>
/// Creates or updates an article (matched by source key, else slug), keeps a redirect from a changed
/// slug, and marks every cached page the change touches. Saves nothing when nothing changed, so
/// re-importing is a no-op. Runs inside the caller's transaction.
/// </summary>
public sealed class SaveArticle(MarqueeDbContext db, ContentChanges changes, LatestRail rail, TimeProvider clock)
{
    public async Task<SaveOutcome> SaveAsync(ArticleInput input, CancellationToken cancellationToken)
    {
        ArticleInputRules.Check(input);
        var article = await FindExistingAsync(input, cancellationToken);
        await EnsureSlugIsFreeAsync(input.Slug, article?.Id, cancellationToken);
        var authors = await ResolveAsync(db.Authors.Where(a => input.AuthorSlugs.Contains(a.Slug)).Select(a => new { a.Slug, a.Id }), input.AuthorSlugs, "author", x => x.Slug, x => x.Id, cancellationToken);
        var tags = await db.Tags.Where(t => input.TagSlugs.Contains(t.Slug)).Select(t => new TagLink(t.Id, t.Slug, t.Name, t.Kind)).ToListAsync(cancellationToken);
        var orderedTags = Order(tags, input.TagSlugs, "tag", t => t.Slug);
        var section = ChooseSection(input, orderedTags);

        var incoming = ArticleState.From(input, authors, orderedTags.Select(t => t.Id).ToList(), section);
        if (article is not null && ArticleState.Of(article) == incoming)
        {
            return SaveOutcome.Unchanged;
        }

        var before = article is null ? null : ArticleState.Of(article);
        var outcome = article is null ? SaveOutcome.Created : SaveOutcome.Updated;
        article ??= db.Articles.Add(new Article { Slug = input.Slug, Headline = input.Headline, CreatedAt = Now() }).Entity;
        await KeepRedirectAsync(article, input.Slug, cancellationToken);
        Apply(article, input, authors, orderedTags, section);
        await TouchAsync(before, incoming, article, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return outcome;
    }

    private Task<Article?> FindExistingAsync(ArticleInput input, CancellationToken cancellationToken)
    {
        var articles = db.Articles.AsTracking().Include(a => a.Authors).Include(a => a.Tags);
        return input.SourceKey is null
            ? articles.FirstOrDefaultAsync(a => a.Slug == input.Slug, cancellationToken)
            : articles.FirstOrDefaultAsync(a => a.SourceKey == input.SourceKey, cancellationToken);
    }

    private async Task EnsureSlugIsFreeAsync(string slug, long? ownId, CancellationToken cancellationToken)
    {
        if (await db.Articles.AnyAsync(a => a.Slug == slug && a.Id != ownId, cancellationToken))
        {
            throw new ContentValidationException($"slug '{slug}' is already used by another article");
        }
    }

    private static async Task<IReadOnlyList<long>> ResolveAsync<T>(IQueryable<T> query, IReadOnlyList<string> slugs, string what, Func<T, string> slugOf, Func<T, long> idOf, CancellationToken cancellationToken)
    {
        var found = await query.ToListAsync(cancellationToken);
        return Order(found, slugs, what, slugOf).Select(idOf).ToList();
    }

    private static List<T> Order<T>(IReadOnlyList<T> found, IReadOnlyList<string> slugs, string what, Func<T, string> slugOf)
    {
        var bySlug = found.ToDictionary(slugOf);
        var missing = slugs.FirstOrDefault(s => !bySlug.ContainsKey(s));
        if (missing is not null)
        {
            throw new ContentValidationException($"{what} '{missing}' does not exist");
        }

        return slugs.Distinct().Select(s => bySlug[s]).ToList();
    }

    private static long? ChooseSection(ArticleInput input, IReadOnlyList<TagLink> tags)
    {
        if (input.PrimarySectionSlug is null)
        {
            return tags.FirstOrDefault(t => t.Kind == TagKind.Section)?.Id;
        }

        return tags.FirstOrDefault(t => t.Slug == input.PrimarySectionSlug && t.Kind == TagKind.Section)?.Id
            ?? throw new ContentValidationException($"primary section '{input.PrimarySectionSlug}' is not one of the article's section tags");
    }

    private async Task KeepRedirectAsync(Article article, string newSlug, CancellationToken cancellationToken)
    {
        // A slug coming back to this article must not redirect away from itself.
        await db.SlugRedirects.Where(r => r.OldSlug == newSlug).ExecuteDeleteAsync(cancellationToken);
        if (article.Id != 0 && article.Slug != newSlug)
        {
            db.SlugRedirects.Add(new SlugRedirect { OldSlug = article.Slug, ArticleId = article.Id });
        }
    }

    private void Apply(Article article, ArticleInput input, IReadOnlyList<long> authorIds, IReadOnlyList<TagLink> tags, long? sectionId)
    {
        article.SourceKey = input.SourceKey;
        article.Slug = input.Slug;
        article.Headline = input.Headline.Trim();
        article.Dek = input.Dek;
        article.BodyMarkdown = input.BodyMarkdown;
        article.BodyHtml = BodyRenderer.ToHtml(input.BodyMarkdown);
        article.Excerpt = input.Excerpt ?? BodyRenderer.Excerpt(input.BodyMarkdown);
        article.Status = input.Status;
        article.IsTopStory = input.IsTopStory;
        article.PublishedAt = input.PublishedAt;
        article.UpdatedAt = Now();
        article.PrimarySectionId = sectionId;
        article.FeatureImageUrl = input.FeatureImage?.Url;
        article.FeatureImageAlt = input.FeatureImage?.Alt;
        article.FeatureImageCaption = input.FeatureImage?.Caption;
        article.FeatureImageCredit = input.FeatureImage?.Credit;
        article.SeoTitle = input.SeoTitle;
        article.SeoDescription = input.SeoDescription;
        OrderedLinks.Sync(article.Authors, authorIds, x => x.AuthorId, id => new ArticleAuthor { AuthorId = id }, (x, i) => x.Position = i);
        OrderedLinks.Sync(article.Tags, tags.Select(t => t.Id).ToList(), x => x.TagId, id => new ArticleTag { TagId = id }, (x, i) => x.Position = i);
    }

    private async Task TouchAsync(ArticleState? before, ArticleState after, Article article, CancellationToken cancellationToken)
    {
        if (article.Id != 0)
        {
            changes.Touch(CacheTags.Article(article.Id));
        }

        var states = before is null ? [after] : new[] { before, after };
        foreach (var state in states.Where(s => s.IsPublic))
        {
            changes.Touch(CacheTags.Home);
            changes.Touch(state.TagIds.Select(CacheTags.Tag));
            changes.Touch(state.AuthorIds.Select(CacheTags.Author));
            if (await rail.ShowsAsync(state.PublishedAt!.Value, cancellationToken))
            {
                changes.Touch(CacheTags.LatestRail);
            }
        }
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
