namespace Marquee.Platform;

public sealed class AppleNewsOptions
{
    /// <summary>The slug of the channel tag whose articles are syndicated to Apple News.</summary>
    public string ChannelTag { get; set; } = "apple-news";
}
