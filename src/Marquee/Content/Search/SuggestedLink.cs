namespace Marquee.Content.Search;

/// <summary>One suggestion: what it says and where it leads.</summary>
public sealed record SuggestedLink(string Name, string Url);
