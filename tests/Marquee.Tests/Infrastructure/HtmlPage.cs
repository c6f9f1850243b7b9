using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Marquee.Tests.Infrastructure;

/// <summary>Fetches a page over HTTP and parses it, so tests assert on elements rather than on substrings.</summary>
public static class HtmlPage
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IDocument> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}");
        return Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>An element's text as a reader sees it: runs of white space collapsed to one space.</summary>
    public static string Text(this IDocument document, string selector) =>
        document.QuerySelector(selector) is { } element
            ? string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            : throw new Xunit.Sdk.XunitException($"no element matches '{selector}'");
}
