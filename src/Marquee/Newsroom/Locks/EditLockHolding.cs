namespace Marquee.Newsroom.Locks;

/// <summary>
/// Whose edit lock an editor tab sees: its own, the same person's in another tab (not a foreign lock), someone
/// else's, or none because this person may not edit the article and nobody who may is editing it.
/// </summary>
public enum EditLockHolding
{
    Yours,
    YoursInAnotherTab,
    SomeoneElse,
    ReadOnly,
}
