namespace Marquee.Content.Live;

/// <summary>The update resource's URL: the story's version in it, so every reader asks the same URL at the same moment.</summary>
public static class LivePaths
{
    public static string Updates(string slug, int since) => $"/live/{slug}/updates?since={since}";
}
