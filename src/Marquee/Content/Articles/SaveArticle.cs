using Marquee.Content.Body;
using Marquee.Content.Galleries;
using Marquee.Content.History;
using Marquee.Content.Photos;
using Marquee.Content.Search;
using Marquee.Content.Tags;
using Marquee.Platform.Caching;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.Articles;

/// <summary>
/// Creates or updates an article (matched by id, else source key, else slug), keeps a redirect from a
/// changed slug, records a revision, and marks every cached page the change touches. Saves nothing when
/// nothing changed, so re-importing is a no-op. A save stating an older version than the stored one is
/// refused, also when the other save commits in between (the UPDATE is conditional on the version).
/// Runs inside the caller's transaction.
/// </summary>
public sealed class SaveArticle(MarqueeDbContext db, ContentChanges changes, LatestRail rail, ArticleRevisions revisions, EditableArticles editable, FeaturePhotos featurePhotos, GalleryRules galleries, InlinePhotoRules inlinePhotos, SearchIndexWriter searchIndex, TimeProvider clock)
{
    public async Task<ArticleSaved> SaveAsync(ArticleInput input, ChangedBy by, CancellationToken cancellationToken)
    {
        ArticleInputRules.Check(input);
        await galleries.CheckAsync(input, cancellationToken);
        var body = RenderedBody.Of(input.BodyMarkdown, input.Excerpt);
        await galleries.CheckEmbedsAsync(body.Html, cancellationToken);
        await inlinePhotos.CheckAsync(input, body.Html, cancellationToken);
        var article = await FindExistingAsync(input, cancellationToken);
        input = input with { SourceKey = input.SourceKey ?? article?.SourceKey };
        await EnsureSlugIsFreeAsync(input.Slug, article?.Id, cancellationToken);
        var authors = await ResolveAsync(db.Authors.Where(a => input.AuthorSlugs.Contains(a.Slug)).Select(a => new { a.Slug, a.Id }), input.AuthorSlugs, "author", x => x.Slug, x => x.Id, cancellationToken);
        var tags = await db.Tags.Where(t => input.TagSlugs.Contains(t.Slug)).Select(t => new TagLink(t.Id, t.Slug, t.Name, t.Kind)).ToListAsync(cancellationToken);
        var orderedTags = Order(tags, input.TagSlugs, "tag", t => t.Slug);
        var section = ChooseSection(input, orderedTags);
        var mine = AsStored(input, orderedTags, section);
        if (article is not null && input.BaseVersion is { } based && based != article.Version)
        {
            throw await StaleAsync(article.Id, based, mine, cancellationToken);
        }

        var image = await featurePhotos.ImageForAsync(input, cancellationToken);
        var incoming = ArticleState.From(input, body.Excerpt, image, authors, orderedTags.Select(t => t.Id).ToList(), section);
        if (article is not null && ArticleState.Of(article) == incoming)
        {
            return new ArticleSaved(SaveOutcome.Unchanged, article.Id, article.Version);
        }

        var before = article is null ? null : ArticleState.Of(article);
        var outcome = article is null ? SaveOutcome.Created : SaveOutcome.Updated;
        article ??= db.Articles.Add(new Article { Slug = input.Slug, Headline = input.Headline, CreatedAt = Now(), CreatedByStaffId = by.StaffUserId }).Entity;
        await KeepRedirectAsync(article, input.Slug, cancellationToken);
        Apply(article, input, body, image, authors, orderedTags, section);
        await TouchAsync(before, incoming, article, cancellationToken);
        await CommitNextVersionAsync(article, mine, cancellationToken);
        await searchIndex.UpdateAsync([article.Id], cancellationToken);
        await revisions.RecordAsync(article.Id, by, cancellationToken);
        return new ArticleSaved(outcome, article.Id, article.Version);
    }

    /// <summary>Writes the article as the version after the one read; the UPDATE matches only while that is still the stored version.</summary>
    private async Task CommitNextVersionAsync(Article article, ArticleInput mine, CancellationToken cancellationToken)
    {
        var readVersion = article.Version;
        article.Version = readVersion + 1;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw await StaleAsync(article.Id, readVersion, mine, cancellationToken);
        }
    }

    /// <summary>The input as it would be stored (trimmed headline, chosen section), so a conflict shows only real differences.</summary>
    private static ArticleInput AsStored(ArticleInput input, IReadOnlyList<TagLink> tags, long? sectionId) => input with
    {
        ArticleId = null,
        BaseVersion = null,
        SourceKey = null,
        Headline = input.Headline.Trim(),
        PrimarySectionSlug = tags.FirstOrDefault(t => t.Id == sectionId)?.Slug,
    };

    /// <summary>Refuses a slug another article has; the newsroom asks before creating, so a new draft never takes over an article by its slug.</summary>
    public async Task EnsureSlugIsFreeAsync(string slug, long? ownId, CancellationToken cancellationToken)
    {
        if (await db.Articles.AnyAsync(a => a.Slug == slug && a.Id != ownId, cancellationToken))
        {
            throw new ContentValidationException($"slug '{slug}' is already used by another article");
        }
    }

    private async Task<Article?> FindExistingAsync(ArticleInput input, CancellationToken cancellationToken)
    {
        var articles = db.Articles.AsTracking().Include(a => a.Authors).Include(a => a.Tags).Include(a => a.GalleryItems).Include(a => a.InlinePhotos);
        if (input.ArticleId is { } id)
        {
            return await articles.FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
                ?? throw new ContentValidationException($"article {id} does not exist");
        }

        return input.SourceKey is null
            ? await articles.FirstOrDefaultAsync(a => a.Slug == input.Slug, cancellationToken)
            : await articles.FirstOrDefaultAsync(a => a.SourceKey == input.SourceKey, cancellationToken);
    }

    /// <summary>The refusal of a stale save, with what is stored now (another transaction's commit, when it raced this one).</summary>
    private async Task<StaleArticleException> StaleAsync(long id, int based, ArticleInput mine, CancellationToken cancellationToken)
    {
        var theirs = await editable.GetAsync(id, cancellationToken);
        return new StaleArticleException(id, based, theirs.Version, theirs.Fields, mine);
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
        if (article.Id == 0 || article.Slug != newSlug)
        {
            // Pages that followed this slug elsewhere (a gallery embed after a rename) now find this article under it.
            changes.Touch(CacheTags.Slug(newSlug));
        }

        if (article.Id != 0 && article.Slug != newSlug)
        {
            db.SlugRedirects.Add(new SlugRedirect { OldSlug = article.Slug, ArticleId = article.Id });
        }
    }

    private void Apply(Article article, ArticleInput input, RenderedBody body, FeatureImage? image, IReadOnlyList<long> authorIds, IReadOnlyList<TagLink> tags, long? sectionId)
    {
        article.SourceKey = input.SourceKey;
        article.Kind = input.Kind;
        article.Slug = input.Slug;
        article.Headline = input.Headline.Trim();
        article.Dek = input.Dek;
        article.BodyMarkdown = input.BodyMarkdown;
        article.BodyHtml = body.Html;
        article.Excerpt = body.Excerpt;
        article.ExcerptIsHandWritten = input.Excerpt is not null;
        article.Status = input.Status;
        article.IsTopStory = input.IsTopStory;
        article.PublishedAt = input.PublishedAt;
        article.UnpublishAt = input.UnpublishAt;
        article.UpdatedAt = Now();
        article.ModifiedAt = input.SourceModifiedAt is { } source && source < article.UpdatedAt ? source : article.UpdatedAt;
        article.PrimarySectionId = sectionId;
        PhotoFacts.CopyOnto(article, image);
        article.FeaturePhotoId = input.FeaturePhotoId;
        article.FeaturePhotoCaption = FeaturePhotos.OwnCaptionOf(input);
        article.SeoTitle = input.SeoTitle;
        article.SeoDescription = input.SeoDescription;
        ApplyCorrection(article, input.Correction);
        OrderedLinks.Sync(article.Authors, authorIds, x => x.AuthorId, id => new ArticleAuthor { AuthorId = id }, (x, i) => x.Position = i);
        OrderedLinks.Sync(article.Tags, tags.Select(t => t.Id).ToList(), x => x.TagId, id => new ArticleTag { TagId = id }, (x, i) => x.Position = i);
        GalleryItemSync.Apply(article.GalleryItems, input.GalleryItems);
        OrderedLinks.Sync(article.InlinePhotos, PhotoEmbeds.IdsIn(article.BodyHtml), x => x.PhotoId, id => new InlinePhoto { PhotoId = id }, (_, _) => { });
    }

    /// <summary>The note's time is when its kind or text last changed, so re-saving the same note keeps it.</summary>
    private void ApplyCorrection(Article article, CorrectionNote? note)
    {
        var stored = CorrectionNote.Stored(article.CorrectionKind, article.CorrectionText, article.CorrectionNotedAt);
        if (note?.SaysTheSameAs(stored) == true)
        {
            return;
        }

        article.CorrectionKind = note?.Kind;
        article.CorrectionText = note?.Text;
        article.CorrectionNotedAt = note is null ? null : Now();
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
            changes.Touch(ArticleCacheTags.Lists(state.AuthorIds, state.TagIds));
            if (await rail.ShowsAsync(state.PublishedAt!.Value, cancellationToken))
            {
                changes.Touch(CacheTags.LatestRail);
            }
        }
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
