using Marquee.Content.Articles;
using Marquee.Platform.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Marquee.Content.Live;

/// <summary>
/// The update resource (decision 0055): what changed in a live story after version <c>since</c>, as entry fragments
/// live.js puts in place. Its URL names a version, not a reader's clock, so every reader asks the same URL at the same
/// moment and the page cache (and a CDN) answers all but the first; the answer says when to ask again.
/// </summary>
[PublicPage(VaryByQuery = ["since"])]
public sealed class LiveUpdatesPage(LiveQueries live, IOptions<LiveOptions> options, TimeProvider clock) : PageModel
{
    public LiveStory Story { get; private set; } = null!;

    public IReadOnlyList<LiveEntryView> Changed { get; private set; } = [];

    /// <summary>More changed than one answer carries: the reader reloads instead.</summary>
    public bool TooFarBehind { get; private set; }

    public int PollSeconds => options.Value.PollSeconds;

    public string NextPath { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug, int? since, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || since is not >= 0)
        {
            return BadRequest("since must be a version number (0 or more)");
        }

        var article = await live.PublicLiveArticleAsync(slug, clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        Story = await live.StoryAsync(article.Id, cancellationToken);
        // A version not reached yet would be one more cached answer per number asked: only versions that exist are answered.
        if (since > Story.Version)
        {
            return NotFound();
        }

        var most = options.Value.MaxUpdates;
        var changed = await live.ChangedSinceAsync(article.Id, since.Value, most, cancellationToken);
        TooFarBehind = changed.Count > most;
        Changed = TooFarBehind ? [] : changed;
        NextPath = LivePaths.Updates(article.Slug, Story.Version);
        PageCache.Tag(HttpContext, [LiveCacheTags.Story(article.Id), .. Changed.Where(e => e.Photo is not null).Select(e => CacheTags.Photo(e.Photo!.Id))]);
        return Page();
    }
}
