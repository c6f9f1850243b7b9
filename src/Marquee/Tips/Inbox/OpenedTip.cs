using Marquee.Tips.Submissions;

namespace Marquee.Tips.Inbox;

/// <summary>A tip as a tip editor reads it after unlocking: its words, its files' names, and its notes, opened.</summary>
public sealed record OpenedTip(Tip Tip, TipText Text, IReadOnlyList<OpenedFile> Files, IReadOnlyList<OpenedNote> Notes);
