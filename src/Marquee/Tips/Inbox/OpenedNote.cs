namespace Marquee.Tips.Inbox;

/// <summary>A note opened: Author is null for the source's own follow-up.</summary>
public sealed record OpenedNote(DateTime WrittenAt, long? StaffUserId, string Text);
