namespace Marquee.Content.Live;

/// <summary>An entry in the key-events jump menu.</summary>
public sealed record KeyEvent(long Id, DateTime CreatedAt, string Label);
