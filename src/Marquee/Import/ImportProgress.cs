namespace Marquee.Import;

/// <summary>How far an import has come: records saved of the records read.</summary>
public sealed record ImportProgress(string File, int Done, int Total);
