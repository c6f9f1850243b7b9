using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Content.Live;

namespace Marquee.Demo;

/// <summary>
/// The demo's live story: the 2017 American Music Awards red carpet, its coverage still open so home shows it as
/// "Live now", with entries posted through the live desk's own write classes (one pinned, two key events, one with a
/// library photo, one edited). Safe to run twice: a story that has entries is left as it is.
/// </summary>
public sealed class DemoLiveStory(DemoGallery gallery, ContentTransaction transaction, SaveArticle save, LiveCoverage coverage, LiveQueries live, PostLiveEntry post, EditLiveEntry edit, MarkLiveEntry mark)
{
    public const string Slug = "amas-2017-red-carpet-live";

    private static readonly ChangedBy Desk = new(null, "demo");

    private static readonly DateTime Start = new(2017, 11, 19, 23, 0, 0, DateTimeKind.Utc);

    private static readonly IReadOnlyList<(int Minutes, string? Title, string Body, string Author, bool Key, bool Photo)> Entries =
    [
        (0, "We're live on the red carpet", "Welcome to our live coverage of the **2017 American Music Awards** red carpet at the Microsoft Theater in Los Angeles. Refresh for the latest, or let the page tell you when there is more.", "mike-vulpo", false, false),
        (6, null, "The carpet is filling up: photographers three deep at the step-and-repeat, fans screaming from the bleachers.", "jess-cohen", false, false),
        (11, "Kelly Clarkson arrives", "Kelly Clarkson is here, and she says she is \"ready to sing with my girl\" — tonight's duet with Pink is the one everyone is waiting for.", "mike-vulpo", true, false),
        (17, null, "Host Tracee Ellis Ross stops to tell us she has *nine* outfit changes planned. Nine.", "jess-cohen", false, false),
        (22, null, "Christina Aguilera waves to the crowd on her way in; she will pay tribute to Whitney Houston and *The Bodyguard* tonight.", "mike-vulpo", false, false),
        (28, "The carpet, lit up", "Camera flashes all the way down the carpet as the sun sets.", "marquee-staff", false, true),
        (33, null, "Diana Ross, tonight's Lifetime Achievement honoree, arrives with her family — cheers from one end of the carpet to the other.", "jess-cohen", false, false),
        (39, "Pink makes her entrance", "Pink arrives in black with Carey Hart and the kids. Asked about the duet: \"We've been texting about it for weeks.\"", "mike-vulpo", true, false),
        (44, null, "Imagine Dragons, up for Favorite Duo or Group, are doing interviews in a tight huddle of microphones.", "jess-cohen", false, false),
        (50, null, "Selena Gomez is here for her first performance since her kidney transplant, in a white dress that has the photographers shouting her name.", "mike-vulpo", false, false),
        (55, null, "Ten minutes to showtime: publicists are herding the last arrivals inside.", "jess-cohen", false, false),
        (58, "Doors are closing", "That is the red carpet. Stay with us: we will keep posting from inside the theater.", "mike-vulpo", false, false),
    ];

    public async Task<SaveOutcome> LoadAsync(CancellationToken cancellationToken)
    {
        var story = new ArticleInput
        {
            SourceKey = $"demo:{Slug}",
            Slug = Slug,
            Kind = ArticleKind.Live,
            Headline = "Live: The 2017 American Music Awards Red Carpet",
            Dek = "Every arrival, every look and every word from the carpet, as it happens.",
            BodyMarkdown = "Our reporters are on the red carpet at the Microsoft Theater in Los Angeles for the 2017 AMAs, hosted by Tracee Ellis Ross.",
            Status = ArticleStatus.Published,
            PublishedAt = Start,
            AuthorSlugs = ["mike-vulpo", "jess-cohen"],
            TagSlugs = ["music", "2017-american-music-awards", "red-carpet"],
        };
        var saved = await transaction.RunAsync(token => save.SaveAsync(story, ChangedBy.Import, token), cancellationToken);
        if (await live.NewestIdAsync(saved.ArticleId, cancellationToken) is not null)
        {
            return saved.Outcome;
        }

        await transaction.RunAsync(
            async token =>
            {
                await coverage.StartAsync(saved.ArticleId, token, Start);
                return true;
            },
            cancellationToken);
        var photoId = await gallery.PhotoAsync("04-red-carpet.jpg", cancellationToken);
        var posted = new List<LiveEntry>();
        foreach (var (minutes, title, body, author, key, photo) in Entries)
        {
            var input = new LiveEntryInput
            {
                Title = title,
                BodyMarkdown = body,
                AuthorSlugs = [author],
                IsKeyEvent = key,
                PostedAt = Start.AddMinutes(minutes),
                PhotoId = photo ? photoId : null,
            };
            posted.Add(await transaction.RunAsync(token => post.PostAsync(saved.ArticleId, input, Desk, token), cancellationToken));
        }

        await transaction.RunAsync(token => mark.MarkAsync(posted[0].Id, posted[0].Version, LiveEntryChange.Pinned, Desk, token), cancellationToken);
        var typo = posted[3];
        await transaction.RunAsync(
            token => edit.EditAsync(typo.Id, typo.Version, new LiveEntryInput { BodyMarkdown = "Host Tracee Ellis Ross stops to tell us she has *nine* outfit changes planned tonight. Nine!", AuthorSlugs = ["jess-cohen"] }, Desk, token),
            cancellationToken);
        return saved.Outcome;
    }
}
