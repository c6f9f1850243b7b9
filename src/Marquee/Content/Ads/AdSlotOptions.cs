namespace Marquee.Content.Ads;

/// <summary>One slot as configured under Marquee:Ads:Slots:{name}.</summary>
public sealed class AdSlotOptions
{
    public AdPosition Position { get; set; } = AdPosition.Leaderboard;

    /// <summary>For InArticle: the paragraph the slot follows (a story with fewer shows none).</summary>
    public int AfterParagraph { get; set; } = 3;

    /// <summary>For Gallery: a slot after every this many photos.</summary>
    public int EveryPhotos { get; set; } = 6;

    /// <summary>Screen width in CSS pixels from which a size list applies → the ad sizes accepted there ("300x250,320x50").</summary>
    public Dictionary<string, string> Sizes { get; set; } = [];
}
