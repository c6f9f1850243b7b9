using Marquee.Content.Authors;
using Marquee.Content.Tags;

namespace Marquee.Demo;

/// <summary>
/// The demo site's tags with their kinds and its bylines. Imported articles name tags only; tags that
/// exist here keep their kind, so the seed page's "Music" lands as a section and "Apple News" as a channel.
/// </summary>
internal static class DemoTaxonomy
{
    public static readonly IReadOnlyList<TagInput> Tags =
    [
        new("music", "Music", TagKind.Section, "Concerts, albums, award-show performances and the artists behind them."),
        new("tv", "TV", TagKind.Section, "Premieres, finales and the shows everyone is talking about."),
        new("movies", "Movies", TagKind.Section, "Box office, premieres and awards season."),
        new("fashion", "Fashion", TagKind.Section, "Red-carpet looks and the designers who made them."),
        new("entertainment", "Entertainment", TagKind.Section, "Everything else worth talking about."),
        new("apple-news", "Apple News", TagKind.Channel, "Stories syndicated to Apple News."),
        new("top-stories", "Top Stories", TagKind.Channel, "The stories the homepage leads with."),
        new("2017-american-music-awards", "2017 American Music Awards", TagKind.Event, "Live from the Microsoft Theater in Los Angeles, November 19, 2017."),
        new("pink", "Pink", TagKind.Person),
        new("kelly-clarkson", "Kelly Clarkson", TagKind.Person),
        new("fashion-week", "Fashion Week", TagKind.Event, "The season's runway shows, city by city."),
        new("red-carpet", "Red Carpet", TagKind.Topic, "Arrivals, looks and the photographers who capture them."),
        new("harbor-lights", "Harbor Lights", TagKind.Topic, "The drama everyone argues about on Monday mornings (a show made up for the demo)."),
    ];

    public static readonly IReadOnlyList<AuthorInput> Authors =
    [
        new("mike-vulpo", "Mike Vulpo", "Senior writer covering music, award shows and red carpets."),
        new("jess-cohen", "Jess Cohen", "News editor on the celebrity desk."),
        new("marquee-staff", "Marquee Staff", "Stories from the whole Marquee newsroom."),
    ];
}
