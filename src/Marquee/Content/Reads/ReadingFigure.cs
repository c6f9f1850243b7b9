namespace Marquee.Content.Reads;

/// <summary>One line of the newsroom's reading figures (a story or a section): reads in the last five minutes, hour and day.</summary>
public sealed record ReadingFigure(string Name, string? Path, int Now, int LastHour, int LastDay);
