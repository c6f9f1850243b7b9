using Marquee.Content.Articles;

namespace Marquee.Tests.Distribution.GhostContentApi;

/// <summary>filter, order, limit and page as Ghost front ends send them, and Ghost's errors when they are wrong.</summary>
public sealed class ContentApiQueryTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private readonly TestContent _content = new(server);
    private readonly GhostApi _api = new(server);

    [Fact]
    public async Task Filters_by_tag_author_featured_and_date_combined_with_and_or_and_not()
    {
        var tag = await _content.TagAsync("Filter Tag");
        var other = await _content.TagAsync("Other Tag");
        var writer = await _content.AuthorAsync("Filter Writer");
        var old = await _content.ArticleAsync("Old Feature", [writer], [tag], a => a with { IsTopStory = true, PublishedAt = new DateTime(2020, 5, 1, 0, 0, 0, DateTimeKind.Utc) });
        var recent = await _content.ArticleAsync("Recent Plain", [], [tag], a => a with { PublishedAt = new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc) });
        var elsewhere = await _content.ArticleAsync("Elsewhere", [writer], [other], a => a with { PublishedAt = new DateTime(2023, 5, 1, 0, 0, 0, DateTimeKind.Utc) });
        var key = await _api.AddKeyAsync();

        async Task<IReadOnlyList<string>> Slugs(string filter) =>
            GhostApi.Slugs((await _api.GetAsync($"posts/?filter={Uri.EscapeDataString(filter)}&order=published_at%20asc", key)).Body);

        Assert.Equal([old.Slug, recent.Slug], await Slugs($"tag:{tag}"));
        Assert.Equal([old.Slug, elsewhere.Slug], await Slugs($"authors:{writer}"));
        Assert.Equal([old.Slug], await Slugs($"tag:{tag}+featured:true"));
        Assert.Equal([recent.Slug], await Slugs($"tag:{tag}+published_at:>'2021-01-01'"));
        Assert.Equal([old.Slug, elsewhere.Slug, recent.Slug], await Slugs($"tag:{tag},tag:{other}"));
        Assert.Equal([old.Slug, elsewhere.Slug, recent.Slug], await Slugs($"tag:[{tag},{other}]"));
        Assert.Equal([elsewhere.Slug], await Slugs($"authors:{writer}+tag:-{tag}"));
        Assert.Equal([old.Slug, elsewhere.Slug], await Slugs($"(tag:{other},featured:true)+authors:{writer}"));
        Assert.Equal([elsewhere.Slug, recent.Slug], await Slugs($"tag:[{tag},{other}]+published_at:>=2023-05-01"));
    }

    [Fact]
    public async Task Pages_through_results_with_ghosts_pagination_meta()
    {
        var tag = await _content.TagAsync("Paged Tag");
        var first = await _content.ArticleAsync("Paged A", tags: [tag], configure: a => a with { PublishedAt = DateTime.UtcNow.AddMinutes(-3) });
        var second = await _content.ArticleAsync("Paged B", tags: [tag], configure: a => a with { PublishedAt = DateTime.UtcNow.AddMinutes(-2) });
        var third = await _content.ArticleAsync("Paged C", tags: [tag], configure: a => a with { PublishedAt = DateTime.UtcNow.AddMinutes(-1) });
        var key = await _api.AddKeyAsync();

        var (_, one) = await _api.GetAsync($"posts/?filter=tag:{tag}&limit=2", key);
        var (_, two) = await _api.GetAsync($"posts/?filter=tag:{tag}&limit=2&page=2", key);

        Assert.Equal([third.Slug, second.Slug], GhostApi.Slugs(one));
        Assert.Equal("""{"page":1,"limit":2,"pages":2,"total":3,"next":2,"prev":null}""", one.GetProperty("meta").GetProperty("pagination").GetRawText());
        Assert.Equal([first.Slug], GhostApi.Slugs(two));
        Assert.Equal("""{"page":2,"limit":2,"pages":2,"total":3,"next":null,"prev":1}""", two.GetProperty("meta").GetProperty("pagination").GetRawText());
    }

    [Fact]
    public async Task Past_the_last_page_pagination_points_both_ways_as_ghosts_does_and_with_one_page_neither()
    {
        var tag = await _content.TagAsync("Past The End Tag");
        foreach (var headline in new[] { "Past A", "Past B", "Past C" })
        {
            await _content.ArticleAsync(headline, tags: [tag]);
        }

        var key = await _api.AddKeyAsync();

        var (_, beyond) = await _api.GetAsync($"posts/?filter=tag:{tag}&limit=2&page=5", key);
        var (_, single) = await _api.GetAsync($"posts/?filter=tag:{tag}&limit=5&page=3", key);

        Assert.Empty(GhostApi.Slugs(beyond));
        Assert.Equal("""{"page":5,"limit":2,"pages":2,"total":3,"next":6,"prev":4}""", beyond.GetProperty("meta").GetProperty("pagination").GetRawText());
        Assert.Equal("""{"page":3,"limit":5,"pages":1,"total":3,"next":null,"prev":null}""", single.GetProperty("meta").GetProperty("pagination").GetRawText());
    }

    [Fact]
    public async Task A_limit_over_100_or_all_is_answered_as_100_with_pagination_to_the_rest_as_ghost_6_does()
    {
        var tag = await _content.TagAsync("Many Posts Tag");
        var start = DateTime.UtcNow.AddHours(-1);
        for (var i = 0; i < 101; i++)
        {
            await _content.ArticleAsync($"Many {i:000}", tags: [tag], configure: a => a with { PublishedAt = start.AddSeconds(i) });
        }

        var key = await _api.AddKeyAsync();

        foreach (var limit in new[] { "101", "1000000", "99999999999", "all" })
        {
            var (_, first) = await _api.GetAsync($"posts/?filter=tag:{tag}&limit={limit}&fields=slug", key);
            var (_, rest) = await _api.GetAsync($"posts/?filter=tag:{tag}&limit={limit}&page=2&fields=slug", key);

            Assert.Equal(100, GhostApi.Slugs(first).Count);
            Assert.Equal("""{"page":1,"limit":100,"pages":2,"total":101,"next":2,"prev":null}""", first.GetProperty("meta").GetProperty("pagination").GetRawText());
            Assert.Single(GhostApi.Slugs(rest));
            Assert.Equal("""{"page":2,"limit":100,"pages":2,"total":101,"next":null,"prev":1}""", rest.GetProperty("meta").GetProperty("pagination").GetRawText());
        }
    }

    [Fact]
    public async Task Reads_a_post_by_its_ghost_id_and_never_serves_a_draft()
    {
        var published = await _content.ArticleAsync("Readable");
        var draft = await _content.ArticleAsync("Not Yet", configure: a => a with { Status = ArticleStatus.Draft, PublishedAt = null });
        var key = await _api.AddKeyAsync();
        var (_, bySlug) = await _api.GetAsync($"posts/slug/{published.Slug}/", key);
        var id = bySlug.GetProperty("posts")[0].GetProperty("id").GetString();

        var (_, byId) = await _api.GetAsync($"posts/{id}/", key);
        var (draftStatus, draftBody) = await _api.GetAsync($"posts/slug/{draft.Slug}/", key);
        var (_, filtered) = await _api.GetAsync($"posts/?filter=slug:{draft.Slug}", key);

        Assert.Equal(published.Slug, GhostApi.Slugs(byId).Single());
        Assert.Equal(HttpStatusCode.NotFound, draftStatus);
        Assert.Equal(("NotFoundError", "Post not found."), GhostApi.Error(draftBody));
        Assert.Empty(GhostApi.Slugs(filtered));
    }

    [Theory]
    [InlineData("posts/?filter=tag:(", HttpStatusCode.BadRequest, "BadRequestError", "Error parsing filter")]
    [InlineData("posts/?filter=colour:red", HttpStatusCode.BadRequest, "BadRequestError", "Error parsing filter")]
    [InlineData("posts/?filter=published_at:>yesterday", HttpStatusCode.BadRequest, "BadRequestError", "Error parsing filter")]
    [InlineData("posts/?order=colour%20desc", HttpStatusCode.BadRequest, "BadRequestError", "Invalid order")]
    [InlineData("posts/?limit=abc", HttpStatusCode.UnprocessableEntity, "ValidationError", "Validation error, cannot read posts.")]
    [InlineData("posts/?page=0", HttpStatusCode.UnprocessableEntity, "ValidationError", "Validation error, cannot read posts.")]
    [InlineData("posts/not-an-id/", HttpStatusCode.UnprocessableEntity, "ValidationError", "Validation error, cannot read posts.")]
    [InlineData("posts/5ddc9141c35e7700383b2937/", HttpStatusCode.NotFound, "NotFoundError", "Post not found.")]
    [InlineData("tags/020000000000000000000001/", HttpStatusCode.NotFound, "NotFoundError", "Tag not found.")]
    [InlineData("tags/slug/no-such-tag/", HttpStatusCode.NotFound, "NotFoundError", "Tag not found.")]
    [InlineData("offers/", HttpStatusCode.NotFound, "NotFoundError", "Resource not found")]
    public async Task Bad_requests_get_ghosts_errors(string path, HttpStatusCode expected, string type, string message)
    {
        var key = await _api.AddKeyAsync();

        var (status, body) = await _api.GetAsync(path, key);

        Assert.Equal(expected, status);
        Assert.Equal((type, message), GhostApi.Error(body));
    }

    [Fact]
    public async Task A_missing_unknown_doubled_or_revoked_key_is_refused_as_ghost_refuses_it()
    {
        var name = TestContent.UniqueSlug("revoked");
        var key = await _api.AddKeyAsync(name);
        var (okStatus, _) = await _api.GetAsync("posts/", key);

        var missing = await _api.GetRawAsync($"{GhostApi.Root}/posts/");
        var unknown = await _api.GetRawAsync($"{GhostApi.Root}/posts/?key=0123456789abcdef0123456789");
        var doubled = await _api.GetRawAsync($"{GhostApi.Root}/posts/?key={key}&key={key}");
        await _api.RemoveKeyAsync(name);
        var revoked = await _api.GetAsync("posts/", key);

        Assert.Equal(HttpStatusCode.OK, okStatus);
        Assert.Equal((HttpStatusCode.Forbidden, "NoPermissionError"), (missing.Status, GhostApi.Error(missing.Body).Type));
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.Status);
        Assert.Equal(("UnauthorizedError", "Unknown Content API Key"), GhostApi.Error(unknown.Body));
        Assert.Equal("UNKNOWN_CONTENT_API_KEY", unknown.Body.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, doubled.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.Status);
    }

    [Fact]
    public async Task A_cached_answer_is_replaced_as_soon_as_a_story_is_published()
    {
        var tag = await _content.TagAsync("Cached Api Tag");
        var first = await _content.ArticleAsync("Cached First", tags: [tag]);
        var key = await _api.AddKeyAsync();
        var (_, before) = await _api.GetAsync($"posts/?filter=tag:{tag}", key);
        var (_, cached) = await _api.GetAsync($"posts/?filter=tag:{tag}", key);

        var second = await _content.ArticleAsync("Cached Second", tags: [tag]);
        var (_, after) = await _api.GetAsync($"posts/?filter=tag:{tag}", key);

        Assert.Equal([first.Slug], GhostApi.Slugs(before));
        Assert.Equal([first.Slug], GhostApi.Slugs(cached));
        Assert.Equal([second.Slug, first.Slug], GhostApi.Slugs(after));
    }

    [Fact]
    public async Task Answers_can_be_read_from_another_origin_and_preflight_is_answered()
    {
        var key = await _api.AddKeyAsync();
        using var get = await server.Client.GetAsync($"{GhostApi.Root}/posts/?key={key}", TestContext.Current.CancellationToken);
        using var preflight = await server.Client.SendAsync(
            new HttpRequestMessage(HttpMethod.Options, $"{GhostApi.Root}/posts/")
            {
                Headers = { { "Origin", "https://frontend.example" }, { "Access-Control-Request-Method", "GET" }, { "Access-Control-Request-Headers", "accept-version" } },
            },
            TestContext.Current.CancellationToken);

        Assert.Equal("*", get.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.Contains("Accept-Version", preflight.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.Ordinal);
    }
}
