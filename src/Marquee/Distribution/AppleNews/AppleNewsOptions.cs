namespace Marquee.Distribution.AppleNews;

public sealed class AppleNewsOptions
{
    public const string Section = "Marquee:AppleNews";

    /// <summary>The slug of the channel tag whose articles are syndicated to Apple News.</summary>
    public string ChannelTag { get; set; } = "apple-news";
}
