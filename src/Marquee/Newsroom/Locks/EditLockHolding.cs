namespace Marquee.Newsroom.Locks;

/// <summary>Whose edit lock an editor tab sees: its own, the same person's in another tab (not a foreign lock), or someone else's.</summary>
public enum EditLockHolding
{
    Yours,
    YoursInAnotherTab,
    SomeoneElse,
}
