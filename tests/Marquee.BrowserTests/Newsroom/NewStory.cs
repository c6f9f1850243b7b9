namespace Marquee.BrowserTests.Newsroom;

/// <summary>What a writer types into a new article; the headline is unique, as every test shares its class's site.</summary>
public sealed record NewStory(string Headline, string Dek, string Body, string Tags)
{
    public static NewStory About(string topic) => new(
        $"{topic} {Guid.NewGuid().ToString("n")[..6]}",
        $"What happened at the {topic}.",
        $"The {topic} opened with a surprise.\n\nFans queued all night.",
        "music, kelly-clarkson");
}
