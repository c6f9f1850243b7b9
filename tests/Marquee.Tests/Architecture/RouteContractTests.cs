using Marquee.Tests.Infrastructure;

namespace Marquee.Tests.Architecture;

/// <summary>The public URL contract (DESIGN.md) against the route table: outside tools rely on these addresses.</summary>
public sealed class RouteContractTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private static readonly string[] Contract =
    [
        "/", "/news/{slug}", "/tag/{slug}", "/author/{slug}", "/section/{slug}", "/p/{slug}", "/healthz", "/readyz",
        "/rss", "/atom", "/feed.json",
        "/tag/{slug}/rss", "/tag/{slug}/atom", "/tag/{slug}/feed.json",
        "/section/{slug}/rss", "/section/{slug}/atom", "/section/{slug}/feed.json",
        "/author/{slug}/rss", "/author/{slug}/atom", "/author/{slug}/feed.json",
        "/sitemap.xml", "/sitemap-articles-{period}.xml", "/sitemap-tags.xml", "/sitemap-authors.xml", "/sitemap-news.xml", "/robots.txt",
        "/ghost/api/content/posts", "/ghost/api/content/posts/{id}", "/ghost/api/content/posts/slug/{slug}",
        "/ghost/api/content/pages", "/ghost/api/content/pages/{id}", "/ghost/api/content/pages/slug/{slug}",
        "/ghost/api/content/tags", "/ghost/api/content/tags/{id}", "/ghost/api/content/tags/slug/{slug}",
        "/ghost/api/content/authors", "/ghost/api/content/authors/{id}", "/ghost/api/content/authors/slug/{slug}",
        "/ghost/api/content/settings", "/ghost/api/content/{**path}",
        "/api/apple-news/{slug}", "/api/apple-news/changes",
        "/preview/{token}",
        "/newsroom", "/newsroom/login", "/newsroom/login/two-factor", "/newsroom/logout", "/newsroom/forgot-password", "/newsroom/reset-password",
        "/newsroom/invitation", "/newsroom/account", "/newsroom/account/two-factor", "/newsroom/account/passkeys", "/newsroom/staff", "/newsroom/keys",
        "/media/{name:regex(^[0-9a-f]{{20}}-[0-9a-z-]+\\.(avif|webp|jpg)$)}",
        "/newsroom/articles", "/newsroom/articles/new", "/newsroom/articles/{id}", "/newsroom/articles/{id}/revisions", "/newsroom/tags", "/newsroom/authors",
        "/newsroom/lookup/tags", "/newsroom/lookup/authors",
    ];

    /// <summary>Routes that are not public pages: the error page the status-code pages re-execute into.</summary>
    private static readonly string[] Internal = ["/error/{code:int}"];

    [Fact]
    public void Every_contract_url_is_routed_and_nothing_else_is()
    {
        var routes = RouteTable.Of(server);

        Assert.Equal(Contract.Concat(Internal).Order(), routes);
    }
}
