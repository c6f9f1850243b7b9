using Marquee.Content.Articles;
using Marquee.Platform.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Marquee.Content.Live;

/// <summary>
/// A live story: its summary, the key events as a jump menu, the pinned entry, then entries newest first, paged by
/// <c>?before=</c> an entry id — a cursor later entries, edits and deletions never shift, so every page stays cacheable.
/// </summary>
[PublicPage(VaryByQuery = ["before"])]
public sealed class LivePage(ArticleQueries articles, LiveQueries live, IOptions<LiveOptions> options, TimeProvider clock) : PageModel
{
    /// <summary>How many of the newest entries the page's JSON-LD lists as liveBlogUpdate.</summary>
    private const int RecentUpdates = 10;

    public ArticleDetail Article { get; private set; } = null!;

    public LiveStory Story { get; private set; } = null!;

    public LiveStoryPage Entries { get; private set; } = null!;

    public IReadOnlyList<KeyEvent> KeyEvents { get; private set; } = [];

    public bool IsFirstPage { get; private set; }

    public int PollSeconds => options.Value.PollSeconds;

    public string UpdatesPath => LivePaths.Updates(Article.Slug, Story.Version);

    public async Task<IActionResult> OnGetAsync(string slug, long? before, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || before < 1)
        {
            return BadRequest();
        }

        var article = await articles.FindBySlugAsync(slug, cancellationToken);
        if (article is null)
        {
            var current = await articles.FindRedirectAsync(slug, cancellationToken);
            return current is null ? NotFound() : RedirectPermanent(current);
        }

        if (!article.IsPublicAt(clock.GetUtcNow().UtcDateTime))
        {
            return article.IsTakenDown ? StatusCode(StatusCodes.Status410Gone) : NotFound();
        }

        if (article.Kind != ArticleKind.Live)
        {
            return RedirectPermanent(article.Path);
        }

        // A cursor past the newest entry would be one more cache entry of the first page: only real positions are pages.
        if (before is { } cursor && cursor > (await live.NewestIdAsync(article.Id, cancellationToken) ?? 0) + 1)
        {
            return NotFound();
        }

        Article = article;
        IsFirstPage = before is null;
        Story = await live.StoryAsync(article.Id, cancellationToken);
        Entries = await live.PageAsync(article.Id, before, options.Value.PageSize, cancellationToken);
        KeyEvents = await live.KeyEventsAsync(article.Id, cancellationToken);
        Describe(before);
        return Page();
    }

    /// <summary>Where a key event is: on this page its anchor, else the page that starts with it.</summary>
    public string KeyEventHref(KeyEvent key) =>
        Entries.Entries.Any(e => e.Id == key.Id) || Entries.Pinned?.Id == key.Id ? $"#entry-{key.Id}" : $"{Article.Path}?before={key.Id + 1}#entry-{key.Id}";

    public string OlderPath(long before) => $"{Article.Path}?before={before}";

    private void Describe(long? before)
    {
        var shown = Entries.Entries.Prepend(Entries.Pinned).OfType<LiveEntryView>().ToList();
        var path = before is null ? Article.Path : OlderPath(before.Value);
        var title = Article.SeoTitle ?? Article.Headline;
        ViewData[PageMeta.Key] = new PageMeta(before is null ? title : $"{title}: earlier updates", Article.SeoDescription ?? Article.Dek ?? Article.Excerpt, path)
        {
            Article = Article,
            Live = new LiveBlogMeta(Story.CoverageStartedAt, Story.CoverageEndedAt, [.. shown.OrderByDescending(e => e.Id).Take(RecentUpdates)]),
            Trail = Breadcrumb.To(Article),
        };
        PageCache.Tag(HttpContext, ArticleCacheTags.Shown(Article.Id, Article.Authors.Select(x => x.Id), Article.Tags.Select(x => x.Id))
            .Append(LiveCacheTags.Story(Article.Id))
            .Concat(shown.Where(e => e.Photo is not null).Select(e => CacheTags.Photo(e.Photo!.Id))));
    }
}
