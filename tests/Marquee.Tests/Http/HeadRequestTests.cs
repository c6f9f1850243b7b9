namespace Marquee.Tests.Http;

/// <summary>
/// RFC 9110 §9.3.2: HEAD wherever GET works, with the GET's status and headers and no body. Walks every route
/// that answers GET, from the server's own route table, on the demo content.
/// </summary>
public sealed class HeadRequestTests(DemoSite site) : IClassFixture<DemoSite>
{
    /// <summary>What a CDN, a monitor or a link checker reads from a HEAD instead of fetching the body.</summary>
    private static readonly string[] Compared = ["Cache-Control", "ETag", "Surrogate-Key", "Content-Type", "Content-Length", "Last-Modified", "Location"];

    [Fact]
    public void Every_route_answering_get_has_a_realistic_url_to_walk()
    {
        var missing = RouteTable.AnsweringGet(site.Server).Where(route => !site.UrlFor.ContainsKey(route)).ToList();

        Assert.True(missing.Count == 0, $"No sample URL in DemoSite for: {string.Join(", ", missing)}");
    }

    [Fact]
    public async Task Head_answers_every_get_route_as_get_does_without_a_body()
    {
        var mismatches = new List<string>();
        foreach (var route in RouteTable.AnsweringGet(site.Server).Where(site.UrlFor.ContainsKey))
        {
            var url = site.UrlFor[route];
            var client = site.ClientFor(url);
            // HEAD first, so it renders on its own; the second HEAD is served from the page cache where there is one.
            using var firstHead = await SendAsync(client, HttpMethod.Head, url);
            using var get = await SendAsync(client, HttpMethod.Get, url);
            using var secondHead = await SendAsync(client, HttpMethod.Head, url);
            foreach (var (head, which) in new[] { (firstHead, "HEAD"), (secondHead, "HEAD again") })
            {
                mismatches.AddRange(await DifferencesAsync($"{which} {url}", get, head));
            }
        }

        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));
    }

    private static async Task<IEnumerable<string>> DifferencesAsync(string request, HttpResponseMessage get, HttpResponseMessage head)
    {
        var differences = new List<string>();
        if (head.StatusCode == HttpStatusCode.MethodNotAllowed || head.StatusCode != get.StatusCode)
        {
            differences.Add($"{request}: {(int)head.StatusCode}, GET {(int)get.StatusCode}");
        }

        if ((await head.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length > 0)
        {
            differences.Add($"{request}: has a body");
        }

        foreach (var name in Compared)
        {
            var expected = Header(get, name);
            // Kestrel ends an empty GET answer (a redirect) with Content-Length: 0, which a HEAD cannot know to send.
            if (expected is not null && expected != Header(head, name) && !(name == "Content-Length" && expected == "0"))
            {
                differences.Add($"{request}: {name} '{Header(head, name)}', GET '{expected}'");
            }
        }

        return differences;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url) =>
        client.SendAsync(new HttpRequestMessage(method, url), TestContext.Current.CancellationToken);
}
