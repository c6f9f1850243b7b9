namespace Marquee.Distribution.AppleNews;

/// <summary>The article's grid: Apple's recommended seven columns on a 1024-point canvas.</summary>
public sealed record AnfLayout(int Columns = 7, int Width = 1024, int Margin = 60, int Gutter = 20);
