namespace Marquee.Content.Ads;

/// <summary>Where on a page a slot goes.</summary>
public enum AdPosition
{
    /// <summary>Across the top of every public page, under the masthead.</summary>
    Leaderboard,

    /// <summary>In a story's body, after paragraph <see cref="AdSlotOptions.AfterParagraph"/>.</summary>
    InArticle,

    /// <summary>At the head of a story's rail.</summary>
    Rail,

    /// <summary>In a gallery's grid, after every <see cref="AdSlotOptions.EveryPhotos"/> photos.</summary>
    Gallery,
}
