using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Content.Galleries;
using Marquee.Media.Ingest;
using Marquee.Media.Photos;

namespace Marquee.Demo;

/// <summary>
/// The demo's published gallery: photos drawn for Marquee (tools/make-demo-gallery.cs, CC0) in
/// Demo/Content/gallery, ingested like any upload, then saved as a gallery article. Safe to run twice:
/// the same bytes are the same photo, and an unchanged article is not saved again.
/// </summary>
public sealed class DemoGallery(PhotoIngest ingest, ContentTransaction transaction, SaveArticle save)
{
    public const string Slug = "amas-2017-night-in-pictures";

    private const string Credit = "Marquee demo / CC0";

    private static readonly IReadOnlyList<(string File, string Caption, string Alt, string Keywords)> Photos =
    [
        ("01-stage-lights.jpg", "The house lights go down and the stage lights come up.", "Pink and blue spotlights glowing over a dark stage", "stage lights"),
        ("02-confetti.jpg", "Confetti falls over the crowd after the opening number.", "Coloured confetti falling against a purple sky", "confetti"),
        ("03-crowd.jpg", "The crowd on its feet for the encore.", "Silhouettes of a crowd in front of an orange stage glow", "crowd"),
        ("04-red-carpet.jpg", "Flashes along the red carpet before the show.", "A red carpet stretching into a hall lit by camera flashes", "red carpet"),
        ("05-marquee-bulbs.jpg", "The theatre's marquee, lit for the night.", "A cinema marquee board framed by rows of light bulbs", "marquee"),
        ("06-encore.jpg", "Green lights and streamers for the last song.", "Green and yellow lights with streamers in a blue haze", "encore"),
    ];

    public async Task<SaveOutcome> LoadAsync(CancellationToken cancellationToken)
    {
        var items = new List<GalleryItemInput>();
        foreach (var photo in Photos)
        {
            items.Add(new GalleryItemInput(await IngestAsync(photo.File, photo.Caption, photo.Alt, photo.Keywords, cancellationToken)));
        }

        var gallery = new ArticleInput
        {
            SourceKey = $"demo:{Slug}",
            Slug = Slug,
            Kind = ArticleKind.Gallery,
            Headline = "The 2017 AMAs: The Night in Pictures",
            Dek = "From the red carpet to the last encore, six frames from music's big night.",
            BodyMarkdown = "Lights, confetti and a crowd that never sat down: the American Music Awards as our photo desk saw them.",
            Status = ArticleStatus.Published,
            PublishedAt = new DateTime(2017, 11, 20, 18, 0, 0, DateTimeKind.Utc),
            AuthorSlugs = ["marquee-staff"],
            TagSlugs = ["music", "2017-american-music-awards", "red-carpet"],
            GalleryItems = items,
        };
        return (await transaction.RunAsync(token => save.SaveAsync(gallery, ChangedBy.Import, token), cancellationToken)).Outcome;
    }

    /// <summary>One of the gallery's photos as a library photo, for other demo content: the same bytes are the same photo.</summary>
    public Task<long> PhotoAsync(string file, CancellationToken cancellationToken)
    {
        var photo = Photos.Single(p => p.File == file);
        return IngestAsync(photo.File, photo.Caption, photo.Alt, photo.Keywords, cancellationToken);
    }

    private async Task<long> IngestAsync(string file, string caption, string alt, string keywords, CancellationToken cancellationToken)
    {
        await using var content = File.OpenRead(Path.Combine(DemoLoader.ContentFolder, "gallery", file));
        var metadata = new PhotoMetadata { Caption = caption, AltText = alt, Credit = Credit, Keywords = [keywords], CreatedBy = "demo" };
        var result = await ingest.IngestAsync(content, file, metadata, cancellationToken);
        return result.Photo?.Id ?? throw new InvalidOperationException($"The demo photo {result.Refusal} was refused");
    }
}
