namespace Marquee.Newsroom.Locks;

/// <summary>A save from a tab that does not hold the article's live edit lock; nothing was saved (the UI answers 409).</summary>
public sealed class EditLockLostException(string message) : Exception(message);
