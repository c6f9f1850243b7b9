using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Content.Live;

namespace Marquee.Tests.Infrastructure;

/// <summary>Arranges live stories and their entries through the product's own write classes, each write its own transaction.</summary>
public sealed class TestLive(MarqueeServer server)
{
    private static readonly ChangedBy Reporter = new(null, "test reporter");

    private readonly TestContent _content = new(server);

    /// <summary>A published live story whose coverage has started.</summary>
    public async Task<(long Id, string Slug)> StoryAsync(string headline, IReadOnlyList<string>? authors = null, Func<ArticleInput, ArticleInput>? configure = null)
    {
        var article = await _content.ArticleAsync(headline, authors, configure: a => (configure ?? (x => x))(a with { Kind = ArticleKind.Live, BodyMarkdown = $"Summary of {headline}." }));
        var id = await _content.IdAsync(article);
        await server.WriteAsync(async (services, ct) =>
        {
            await services.GetRequiredService<LiveCoverage>().StartAsync(id, ct);
            return id;
        });
        return (id, article.Slug);
    }

    public Task<LiveEntry> PostAsync(long storyId, LiveEntryInput input) =>
        server.WriteAsync((services, ct) => services.GetRequiredService<PostLiveEntry>().PostAsync(storyId, input, Reporter, ct));

    public Task<LiveEntry> PostAsync(long storyId, string body, string? title = null) =>
        PostAsync(storyId, new LiveEntryInput { Title = title, BodyMarkdown = body });

    public Task<LiveEntry> EditAsync(LiveEntry entry, LiveEntryInput input) =>
        server.WriteAsync((services, ct) => services.GetRequiredService<EditLiveEntry>().EditAsync(entry.Id, entry.Version, input, Reporter, ct));

    public Task<LiveEntry> MarkAsync(LiveEntry entry, LiveEntryChange change) =>
        server.WriteAsync((services, ct) => services.GetRequiredService<MarkLiveEntry>().MarkAsync(entry.Id, entry.Version, change, Reporter, ct));

    public Task EndAsync(long storyId) =>
        server.WriteAsync(async (services, ct) =>
        {
            await services.GetRequiredService<LiveCoverage>().EndAsync(storyId, ct);
            return storyId;
        });

    public Task ReopenAsync(long storyId) =>
        server.WriteAsync(async (services, ct) =>
        {
            await services.GetRequiredService<LiveCoverage>().StartAsync(storyId, ct);
            return storyId;
        });

    /// <summary>The status a GET of <paramref name="path"/> answers.</summary>
    public async Task<HttpStatusCode> StatusAsync(string path)
    {
        using var response = await server.Client.GetAsync(path, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    /// <summary>The URL the story's page tells its readers to poll.</summary>
    public async Task<string> UpdatesPathAsync(string slug) =>
        (await HtmlPage.GetAsync(server.Client, $"/live/{slug}")).QuerySelector("[data-live-updates]")!.GetAttribute("data-live-updates")!;
}
