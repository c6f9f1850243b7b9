namespace Marquee.Content.Live;

/// <summary>The update resource's URL (the story's version in it, so every reader asks the same URL at the same moment) and the entries' Atom feed.</summary>
public static class LivePaths
{
    public static string Feed(string livePath) => $"{livePath}/atom";

    public static string Updates(string slug, int since) => $"/live/{slug}/updates?since={since}";
}
