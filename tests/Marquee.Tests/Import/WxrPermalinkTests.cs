using System.Net;
using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Import;

namespace Marquee.Tests.Import;

/// <summary>
/// A WordPress post's old permalink answers 301 to its Marquee path (issue 18): with or without its final slash, by GET
/// and HEAD, after a rename too; a path no article had is still the 404 it was, and a POST is never redirected.
/// </summary>
public sealed class WxrPermalinkTests : IAsyncLifetime
{
    private readonly MarqueeServer _server = new();
    private readonly ScratchFolder _scratch = new("marquee-wxr-links-");

    public ValueTask InitializeAsync() => _server.InitializeAsync();

    [Theory]
    [InlineData("GET", "/2017/11/20/pink-wins/")]
    [InlineData("GET", "/2017/11/20/pink-wins")]
    [InlineData("HEAD", "/2017/11/20/pink-wins/")]
    [InlineData("GET", "/2017/11/20/%C3%A9t%C3%A9/")]
    public async Task The_old_permalink_answers_301_to_the_new_path(string method, string oldPath)
    {
        await ImportAsync();

        using var response = await SendAsync(method, oldPath);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(oldPath.Contains("pink", StringComparison.Ordinal) ? "/news/pink-wins" : "/news/ete", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task After_a_rename_the_old_permalink_leads_to_the_new_slug_in_one_step()
    {
        await ImportAsync();
        var article = await TestContent.LoadAsync(_server, "pink-wins");
        await new TestContent(_server).SaveAsync(new ArticleInput
        {
            SourceKey = "wxr:https://old.example.com/?p=10",
            Slug = "pink-won",
            Headline = article.Headline,
            BodyMarkdown = "She did.",
            Status = ArticleStatus.Published,
            PublishedAt = article.PublishedAt,
        });

        using var response = await SendAsync("GET", "/2017/11/20/pink-wins/");

        Assert.Equal("/news/pink-won", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("GET", "/2017/11/20/nothing-here/", HttpStatusCode.NotFound)]
    [InlineData("POST", "/2017/11/20/pink-wins/", HttpStatusCode.NotFound)]
    public async Task A_path_no_article_had_or_a_post_is_answered_as_before(string method, string path, HttpStatusCode expected)
    {
        await ImportAsync();

        using var response = await SendAsync(method, path);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Importing_again_keeps_the_redirects_unchanged()
    {
        var first = await ImportAsync();
        var before = _server.Database.Fingerprint();

        var again = await ImportAsync();

        Assert.Equal(0, again.Changed);
        Assert.Equal(2, first.Get("permalinks", SaveOutcome.Created));
        Assert.Equal(before, _server.Database.Fingerprint());
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _scratch.Dispose();
    }

    private async Task<ImportCounts> ImportAsync()
    {
        var file = await _scratch.WriteAsync(WxrFile.Of(
            WxrFile.Post(extra: "<link>https://old.example.com/2017/11/20/pink-wins/</link>")
            + WxrFile.Post("Été", "ete", id: 11, extra: "<link>https://old.example.com/2017/11/20/%C3%A9t%C3%A9/</link>")), "export.xml");
        return await _server.Services.GetRequiredService<ImportRunner>().ImportAsync(file, "wxr", progress: null, TestContext.Current.CancellationToken);
    }

    private Task<HttpResponseMessage> SendAsync(string method, string path) =>
        _server.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path), TestContext.Current.CancellationToken);
}
