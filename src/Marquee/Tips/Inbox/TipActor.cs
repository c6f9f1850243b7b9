namespace Marquee.Tips.Inbox;

/// <summary>Who acted on the tip desk: a tip editor, a source (no account) or retention.</summary>
public sealed record TipActor(long? StaffUserId, string Name)
{
    public static TipActor Source { get; } = new(null, "source");

    public static TipActor Retention { get; } = new(null, "retention");
}
