using Marquee.Content.Articles;
using Marquee.Content.Galleries;
using Marquee.Content.Photos;
using Marquee.Media.Photos;

namespace Marquee.Import.Photos;

/// <summary>
/// An imported article with the library photos it shows: its feature photo, a gallery's photos. A published page shows
/// a library photo only with alt text and a credit (decision 0021), so where the file gave neither the story keeps the
/// photo's URL and a gallery waits as a draft, each reported for the newsroom.
/// </summary>
internal static class PhotoUses
{
    public static ArticleInput Apply(ImportRecord<ArticleInput> record, IReadOnlyDictionary<string, Photo> photos, Action<string> report)
    {
        var input = record.Item;
        if (record.Photos is not { } use)
        {
            return input;
        }

        if (use.FeatureKey is { } key && photos.TryGetValue(key, out var feature))
        {
            input = Lacking(input, feature) is { } missing
                ? Reported(input, report, $"its featured image, photo {feature.Id} in the media library, lacks {missing}; the story shows it from its URL until the newsroom adds them")
                : input with { FeaturePhotoId = feature.Id, FeatureImage = null };
        }

        return input.Kind == ArticleKind.Gallery ? Gallery(input, use, photos, report) : input;
    }

    private static ArticleInput Gallery(ArticleInput input, ImportPhotoUse use, IReadOnlyDictionary<string, Photo> photos, Action<string> report)
    {
        var shown = use.GalleryKeys.Select(photos.GetValueOrDefault).OfType<Photo>().DistinctBy(p => p.Id).ToList();
        input = input with { GalleryItems = [.. shown.Select(p => new GalleryItemInput(p.Id))] };
        if (input.Status != ArticleStatus.Published)
        {
            return input;
        }

        var reason = shown.Count == 0 ? "none of its photos reached the media library"
            : shown.Select(p => Lacking(input, p) is { } missing ? $"photo {p.Id} lacks {missing}" : null).OfType<string>().FirstOrDefault();
        return reason is null ? input : Reported(input with { Status = ArticleStatus.Draft, PublishedAt = null }, report, $"the gallery waits as a draft: {reason}");
    }

    private static string? Lacking(ArticleInput input, Photo photo) =>
        input.Status == ArticleStatus.Published && PhotoPublishing.Missing(photo) is { Count: > 0 } missing ? string.Join(" and ", missing) : null;

    private static ArticleInput Reported(ArticleInput input, Action<string> report, string reason)
    {
        report(reason);
        return input;
    }
}
