using System.Text.Json;

namespace Marquee.Tests.Infrastructure;

/// <summary>
/// npm's fast-xml-parser (tests/clients/parse-sitemap.mjs) on a sitemap's bytes: validated, then read as
/// { root, bytes, entries: [{ loc, lastmod, images: [{ loc, caption, title }], news }] }.
/// </summary>
public static class SitemapParser
{
    public static async Task<JsonElement> ParseAsync(byte[] sitemap) =>
        JsonDocument.Parse(await NodeClients.RunAsync("parse-sitemap.mjs", [], sitemap, "fast-xml-parser refused the sitemap")).RootElement.Clone();
}
