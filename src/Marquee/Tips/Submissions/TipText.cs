namespace Marquee.Tips.Submissions;

/// <summary>What a source wrote, as sealed together under the tip's key.</summary>
public sealed record TipText(string Message, string Contact);
