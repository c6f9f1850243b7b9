using Marquee.Content.StaticPages;

namespace Marquee.Tests.Content;

public sealed class StaticPageTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    [Fact]
    public async Task Static_page_renders_and_is_linked_from_the_footer()
    {
        var slug = TestContent.UniqueSlug("privacy");
        await server.WriteAsync((services, ct) =>
            services.GetRequiredService<SaveStaticPage>().SaveAsync(new StaticPageInput(slug, "Privacy Policy", "We keep **little**."), ct));

        var page = await HtmlPage.GetAsync(server.Client, $"/p/{slug}");

        Assert.Equal("Privacy Policy", page.Text("h1"));
        Assert.Equal("little", page.Text(".body strong"));
        Assert.Contains(page.QuerySelectorAll("footer a"), a => a.GetAttribute("href") == $"/p/{slug}");
        Assert.StartsWith("Privacy Policy |", page.Title, StringComparison.Ordinal);
        Assert.Equal("We keep little.", page.QuerySelector("meta[name=description]")?.GetAttribute("content"));
    }
}
