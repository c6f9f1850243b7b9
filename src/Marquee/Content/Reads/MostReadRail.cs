namespace Marquee.Content.Reads;

/// <summary>The most-read rail on a page: on a story's page, the story whose read the rail's script counts.</summary>
public sealed record MostReadRail(long? CountedArticleId)
{
    public static readonly MostReadRail Home = new(CountedArticleId: null);

    public string? BeaconPath => CountedArticleId is { } id ? $"/reads/{id}" : null;
}
