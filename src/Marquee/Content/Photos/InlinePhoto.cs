namespace Marquee.Content.Photos;

/// <summary>A library photo a story's body embeds (<c>{{photo N}}</c>): the link that makes it a use of the photo (decision 0023).</summary>
public sealed class InlinePhoto
{
    public long ArticleId { get; set; }

    public long PhotoId { get; set; }
}
