namespace Marquee.Content.Ads;

/// <summary>The site's own ad, shown in a slot no ad server fills: an image on this site and where it leads.</summary>
public sealed class HouseAdOptions
{
    public string ImagePath { get; set; } = "";

    public string LinkUrl { get; set; } = "";

    /// <summary>The image's alternative text.</summary>
    public string Text { get; set; } = "";

    public bool IsSet => ImagePath.Length > 0;
}
