using System.Text.Json;

namespace Marquee.Tests.Infrastructure;

/// <summary>Runs npm's feedparser (tests/clients/parse-feed.mjs) on a feed's bytes: an independent, strict reading of what Marquee wrote.</summary>
public static class FeedParser
{
    public static async Task<JsonElement> ParseAsync(byte[] feed) =>
        JsonDocument.Parse(await NodeClients.RunAsync("parse-feed.mjs", [], feed, "feedparser refused the feed")).RootElement.Clone();
}
