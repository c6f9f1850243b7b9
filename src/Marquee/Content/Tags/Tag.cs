namespace Marquee.Content.Tags;

public sealed class Tag : ISluggedName
{
    public long Id { get; set; }

    public required string Slug { get; set; }

    public required string Name { get; set; }

    public TagKind Kind { get; set; }

    public string? Description { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
