namespace Marquee.Content.Authors;

/// <summary>A byline: a public profile that needs no login (staff accounts are the newsroom's).</summary>
public sealed class Author : ISluggedName
{
    public long Id { get; set; }

    public required string Slug { get; set; }

    public required string Name { get; set; }

    public string? Bio { get; set; }

    public string? PhotoUrl { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
