using System.Text.Json;

namespace Marquee.Tests.Infrastructure;

/// <summary>npm's feedparser (tests/clients/parse-feed.mjs) on a feed's bytes: an independent reading of what Marquee wrote, in strict mode.</summary>
public static class FeedParser
{
    public static Task<JsonElement> ParseAsync(byte[] feed) => NodeClients.RunAsync("parse-feed.mjs", feed, "feedparser refused the feed");
}
