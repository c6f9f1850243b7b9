using Marquee.Media.Photos;

namespace Marquee.Content.Live;

/// <summary>An entry as readers see it; a deleted one carries only its id, so an update can take it off the page.</summary>
public sealed record LiveEntryView(long Id, DateTime CreatedAt, DateTime? EditedAt, string? Title, string BodyHtml, bool IsKeyEvent, bool IsPinned, bool IsDeleted, Photo? Photo)
{
    /// <summary>The longest headline an untitled entry's first words make.</summary>
    private const int HeadlineLength = 110;

    public IReadOnlyList<NamedLink> Authors { get; init; } = [];

    public string Anchor => $"entry-{Id}";

    public DateTime LastChanged => EditedAt ?? CreatedAt;

    /// <summary>What feeds and structured data call the entry: its title, else its first words, else the story's headline (an entry may be a photo alone).</summary>
    public string Headline(string storyHeadline)
    {
        if (Title is not null)
        {
            return Title;
        }

        var words = LiveEntryText.Of(BodyHtml);
        if (words.Length <= HeadlineLength)
        {
            return words.Length == 0 ? storyHeadline : words;
        }

        var cut = words.LastIndexOf(' ', HeadlineLength);
        return $"{words[..(cut > 0 ? cut : HeadlineLength)]}…";
    }
}
