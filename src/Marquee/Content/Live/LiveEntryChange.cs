namespace Marquee.Content.Live;

public enum LiveEntryChange
{
    Posted,
    Edited,
    Deleted,
    Pinned,
    Unpinned,
    MarkedKeyEvent,
    UnmarkedKeyEvent,
}
