using Marquee.Content.Articles;
using Marquee.Content.Body;
using Marquee.Content.Photos;
using Marquee.Media.Photos;

namespace Marquee.Content.Galleries;

/// <summary>
/// What a save checks about galleries, whoever writes: a gallery's photos exist, appear once, have at most
/// one cover, and — once it is published — every one has alt text and a credit; a body embeds only galleries that exist.
/// </summary>
public sealed class GalleryRules(PhotoQueries library, EmbeddedGalleries embedded)
{
    public const int MaxCaptionLength = 2000;

    public async Task CheckAsync(ArticleInput input, CancellationToken cancellationToken)
    {
        var items = input.GalleryItems;
        Require(input.Kind == ArticleKind.Gallery || items.Count == 0, "a story has no gallery photos (only a gallery does)");
        var twice = items.GroupBy(i => i.PhotoId).FirstOrDefault(g => g.Count() > 1);
        Require(twice is null, $"photo {twice?.Key} is in the gallery twice");
        Require(items.Count(i => i.IsCover) <= 1, "a gallery has one cover photo; choose only one");
        var tooLong = items.FirstOrDefault(i => i.Caption?.Length > MaxCaptionLength);
        Require(tooLong is null, $"the caption of photo {tooLong?.PhotoId} is longer than {MaxCaptionLength} characters");
        await CheckPhotosAsync(input, cancellationToken);
    }

    private async Task CheckPhotosAsync(ArticleInput input, CancellationToken cancellationToken)
    {
        var ids = input.GalleryItems.Select(i => i.PhotoId).ToList();
        var photos = await library.FindManyAsync(ids, cancellationToken);
        var unknown = ids.FirstOrDefault(id => !photos.ContainsKey(id));
        Require(unknown == 0, $"photo {unknown} is not in the media library");
        if (input.Status != ArticleStatus.Published || input.Kind != ArticleKind.Gallery)
        {
            return;
        }

        Require(ids.Count > 0, "a gallery needs at least one photo before it is published");
        foreach (var photo in ids.Select(id => photos[id]))
        {
            PhotoPublishing.Require(input, photo, missing => $"{PhotoLabels.Of(photo)} lacks {string.Join(" and ", missing)}: a published gallery shows only photos with alt text and a credit");
        }
    }

    /// <summary>A body embeds only galleries that exist; <paramref name="bodyHtml"/> is the save's rendering, whose placeholders are what the page will expand.</summary>
    public async Task CheckEmbedsAsync(string bodyHtml, CancellationToken cancellationToken)
    {
        var slugs = GalleryEmbeds.SlugsIn(bodyHtml);
        if (slugs.Count == 0)
        {
            return;
        }

        // A renamed gallery's old slug still names it (the card follows it), so a story written before the rename saves again.
        var galleries = await embedded.ResolveAsync(slugs, cancellationToken);
        var missing = slugs.FirstOrDefault(s => !galleries.ByEmbeddedSlug.ContainsKey(s));
        Require(missing is null, $"the body embeds gallery '{missing}' ({{{{gallery {missing}}}}}), but no gallery has that slug");
    }

    private static void Require(bool condition, string problem)
    {
        if (!condition)
        {
            throw new ContentValidationException(problem);
        }
    }
}
