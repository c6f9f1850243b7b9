namespace Marquee.Tips.Submissions;

/// <summary>A file's own name and type as the source's browser gave them, kept inside the seal's first chunk.</summary>
public sealed record SealedFileName(string Name, string ContentType);
