namespace Marquee.Media.Renditions;

/// <summary>The original's proportions, or a crop around the focal point.</summary>
public enum PhotoShape
{
    Original,
    Wide,
    Square,
}
