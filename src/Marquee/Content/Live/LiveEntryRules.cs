using Marquee.Content.Body;
using Marquee.Media.Photos;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Content.Live;

/// <summary>What an entry must be before it is saved: some text or a photo, a photo with its credit, bylines that exist; the body rendered once.</summary>
public sealed class LiveEntryRules(MarqueeDbContext db, PhotoQueries photos, TimeProvider clock)
{
    public const int MaxTitleLength = 300;

    public async Task<CheckedEntry> CheckAsync(LiveEntryInput input, CancellationToken cancellationToken)
    {
        var title = string.IsNullOrWhiteSpace(input.Title) ? null : input.Title.Trim();
        if (title is { Length: > MaxTitleLength })
        {
            throw new ContentValidationException($"entry title is {title.Length} characters; the most is {MaxTitleLength}");
        }

        if (string.IsNullOrWhiteSpace(input.BodyMarkdown) && input.PhotoId is null)
        {
            throw new ContentValidationException("entry has neither text nor a photo");
        }

        var html = LiveEmbeds.ToCards(BodyRenderer.ToHtml(input.BodyMarkdown));
        // An entry's photo is its own field: embed lines would need a lookup per entry on every page of the stream.
        if (html.Contains("<marquee-", StringComparison.Ordinal))
        {
            throw new ContentValidationException("entry body embeds a photo or gallery; give the entry its photo instead");
        }

        await CheckPhotoAsync(input.PhotoId, cancellationToken);
        return new CheckedEntry(title, input.BodyMarkdown, html, input.PhotoId, await AuthorIdsAsync(input.AuthorSlugs, cancellationToken));
    }

    private async Task CheckPhotoAsync(long? photoId, CancellationToken cancellationToken)
    {
        if (photoId is not { } id)
        {
            return;
        }

        var photo = await photos.FindAsync(id, cancellationToken) ?? throw new ContentValidationException($"entry photo {id} is not in the library");
        if (string.IsNullOrWhiteSpace(photo.Credit) || string.IsNullOrWhiteSpace(photo.AltText))
        {
            throw new ContentValidationException($"entry photo {id} needs alt text and a credit before it is shown");
        }

        if (!photo.IsUsableAt(clock.GetUtcNow().UtcDateTime))
        {
            throw new ContentValidationException($"entry photo {id}'s licence has ended");
        }
    }

    private async Task<IReadOnlyList<long>> AuthorIdsAsync(IReadOnlyList<string> slugs, CancellationToken cancellationToken)
    {
        var found = await db.Authors.Where(a => slugs.Contains(a.Slug)).ToDictionaryAsync(a => a.Slug, a => a.Id, cancellationToken);
        var missing = slugs.Where(s => !found.ContainsKey(s)).ToList();
        if (missing.Count > 0)
        {
            throw new ContentValidationException($"entry byline names unknown author(s): {string.Join(", ", missing)}");
        }

        return [.. slugs.Distinct().Select(s => found[s])];
    }
}
