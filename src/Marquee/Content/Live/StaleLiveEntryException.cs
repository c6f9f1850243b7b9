namespace Marquee.Content.Live;

/// <summary>An edit based on a version of the entry someone else has since replaced: refused whole, carrying what is stored now.</summary>
public sealed class StaleLiveEntryException(long entryId, int baseVersion, LiveEntryInput theirs)
    : Exception($"entry {entryId} changed after you opened version {baseVersion}; nothing was saved")
{
    public long EntryId => entryId;

    public LiveEntryInput Theirs => theirs;
}
