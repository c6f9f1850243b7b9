using System.Text.Json;
using System.Xml.Linq;
using Marquee.Tests.Distribution.GhostContentApi;

namespace Marquee.Tests.Content;

/// <summary>
/// Everywhere a published story's body travels, each read back whole: the page, its tag's RSS, Atom and JSON Feed,
/// the Content API and Apple News. Every text and attribute value of a feed or API answer is one HTML fragment to check.
/// </summary>
internal sealed class StoryOutputs(MarqueeServer server)
{
    private readonly GhostApi _api = new(server);

    public async Task<IReadOnlyList<(string Output, string Html)>> ReadAsync(string slug, string tag)
    {
        var key = await _api.AddKeyAsync();
        return
        [
            ("page", await GetAsync($"/news/{slug}")),
            .. Xml("rss", await GetAsync($"/tag/{tag}/rss")),
            .. Xml("atom", await GetAsync($"/tag/{tag}/atom")),
            .. Json("json feed", await GetAsync($"/tag/{tag}/feed.json")),
            .. Json("content api", await GetAsync($"{GhostApi.Root}/posts/slug/{slug}/?key={key}&formats=html,plaintext&include=authors,tags")),
            .. Json("apple news", await GetAsync($"/api/apple-news/{slug}")),
        ];
    }

    /// <summary>The hazards in every output, each named by where it was found; empty when all are inert.</summary>
    public static IReadOnlyList<string> Hazards(IEnumerable<(string Output, string Html)> outputs) =>
        [.. outputs.SelectMany(o => HtmlHazards.In(o.Html).Select(hazard => $"{o.Output}: {hazard} in {o.Html}"))];

    private async Task<string> GetAsync(string path)
    {
        using var response = await server.Client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    private static IEnumerable<(string, string)> Xml(string output, string xml) =>
        XDocument.Parse(xml).Descendants().SelectMany(e => e.Attributes().Select(a => a.Value).Concat(e.Nodes().OfType<XText>().Select(t => t.Value)))
            .Select(text => (output, text));

    private static List<(string, string)> Json(string output, string json)
    {
        using var document = JsonDocument.Parse(json);
        return Strings(document.RootElement).Select(text => (output, text)).ToList();
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };
}
