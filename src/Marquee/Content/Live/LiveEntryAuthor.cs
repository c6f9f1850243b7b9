using Marquee.Content.Authors;

namespace Marquee.Content.Live;

/// <summary>A byline of an entry, in order: several reporters post to one story, each entry under its own names.</summary>
public sealed class LiveEntryAuthor
{
    public long EntryId { get; set; }

    public long AuthorId { get; set; }

    public Author Author { get; set; } = null!;

    public int Position { get; set; }
}
