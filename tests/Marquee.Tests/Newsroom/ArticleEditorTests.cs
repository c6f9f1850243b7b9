using System.Net;
using Marquee.Content.Articles;
using Marquee.Newsroom.Staff;
using Marquee.Tests.Infrastructure;

namespace Marquee.Tests.Newsroom;

/// <summary>The newsroom's article pages over real HTTP: writing, the workflow buttons, conflicts, locks and the list.</summary>
public sealed class ArticleEditorTests(NewsroomServer newsroom) : IClassFixture<NewsroomServer>
{
    private readonly MarqueeServer _server = newsroom.Server;

    private readonly NewsroomDriver _newsroom = new(newsroom.Server);

    [Fact]
    public async Task A_contributor_creates_a_draft_with_a_slug_from_its_headline_and_submits_it_but_cannot_publish()
    {
        using var contributor = await StaffSession.SignInAsync(_server, StaffRole.Contributor);
        var headline = $"Festival Opens {Guid.NewGuid():n}";
        var id = await CreateAsync(contributor, headline);

        var editor = await contributor.PageAsync($"/newsroom/articles/{id}");
        Assert.Equal(headline, editor.QuerySelector("#headline")!.GetAttribute("value"));
        Assert.Equal(Marquee.Content.Slugs.From(headline), editor.QuerySelector("#slug")!.GetAttribute("value"));
        Assert.Null(editor.QuerySelector("#move-publish"));
        Assert.NotNull(editor.QuerySelector("#move-submit"));

        var before = _server.Database.Fingerprint();
        using (var forged = await MoveAsync(contributor, id, editor, EditorialState.Published))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
            Assert.Contains("A contributor cannot publish", await forged.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        Assert.Equal(before, _server.Database.Fingerprint());
        using var submitted = await MoveAsync(contributor, id, editor, EditorialState.InReview);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal(ArticleStatus.InReview, (await _newsroom.LoadAsync(id)).Fields.Status);
    }

    [Fact]
    public async Task An_editor_schedules_and_then_publishes_and_the_audit_log_shows_both()
    {
        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);
        var id = await CreateAsync(editor, "Schedule Me");
        var at = DateTime.UtcNow.AddDays(1);
        var tab = await editor.PageAsync($"/newsroom/articles/{id}");

        using (var scheduled = await MoveAsync(editor, id, tab, EditorialState.Scheduled, new() { ["publishAt"] = at.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture) }))
        {
            Assert.Equal(HttpStatusCode.OK, scheduled.StatusCode);
            tab = await ParseAsync(scheduled);
        }

        var stored = (await _newsroom.LoadAsync(id)).Fields;
        Assert.Equal(EditorialState.Scheduled, stored.StateAt(DateTime.UtcNow));
        Assert.Equal(at.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), stored.PublishedAt!.Value.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        using var published = await MoveAsync(editor, id, tab, EditorialState.Published);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);

        var page = await ParseAsync(published);
        Assert.Equal(2, page.QuerySelectorAll("#audit li").Length);
        Assert.Equal(EditorialState.Published, (await _newsroom.LoadAsync(id)).Fields.StateAt(DateTime.UtcNow));
    }

    [Fact]
    public async Task A_save_from_an_old_version_is_refused_with_both_versions_shown_and_the_text_kept()
    {
        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);
        var id = await CreateAsync(editor, "Original Headline");
        var form = await FormAsync(editor, id);
        form["Headline"] = "Their Headline";
        using (var first = await SaveAsync(editor, id, form))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        var before = _server.Database.Fingerprint();
        form["Headline"] = "My Headline";
        using var stale = await SaveAsync(editor, id, form);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var page = await ParseAsync(stale);
        var row = page.QuerySelector("#conflict tr[data-field]")!;
        Assert.Equal(("Their Headline", "My Headline"), (row.QuerySelector(".nr-theirs")!.TextContent, row.QuerySelector(".nr-mine")!.TextContent));
        Assert.Equal("My Headline", page.QuerySelector("#headline")!.GetAttribute("value"));
        Assert.Equal(before, _server.Database.Fingerprint());
    }

    [Fact]
    public async Task A_second_editor_sees_the_lock_takes_over_and_the_first_editors_save_is_refused()
    {
        using var first = await StaffSession.SignInAsync(_server, StaffRole.Editor);
        using var second = await StaffSession.SignInAsync(_server, StaffRole.Editor);
        var id = await CreateAsync(first, "Locked Story");
        var firstForm = await FormAsync(first, id);

        var seen = await second.PageAsync($"/newsroom/articles/{id}");
        Assert.Contains("is editing this article", seen.QuerySelector("#lock")!.TextContent, StringComparison.Ordinal);
        using (var taken = await second.PostAsync($"/newsroom/articles/{id}?handler=TakeOver", Hidden(seen), $"/newsroom/articles/{id}"))
        {
            Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        }

        var before = _server.Database.Fingerprint();
        firstForm["Headline"] = "Too Late";
        using var refused = await SaveAsync(first, id, firstForm);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("took this article over", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(before, _server.Database.Fingerprint());
    }

    [Fact]
    public async Task The_list_filters_by_state_and_headline()
    {
        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);
        var marker = Guid.NewGuid().ToString("n")[..8];
        var draft = await CreateAsync(editor, $"Draft {marker}");
        var review = await CreateAsync(editor, $"Review {marker}");
        using (var submitted = await MoveAsync(editor, review, await editor.PageAsync($"/newsroom/articles/{review}"), EditorialState.InReview))
        {
            Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        }

        var inReview = await editor.PageAsync($"/newsroom/articles?State=InReview&Search={marker}");
        var all = await editor.PageAsync($"/newsroom/articles?Search={marker.ToUpperInvariant()}");

        Assert.Equal([review.ToString(System.Globalization.CultureInfo.InvariantCulture)], inReview.QuerySelectorAll("tr[data-article-id]").Select(r => r.GetAttribute("data-article-id")));
        Assert.Equal(
            new[] { draft, review }.Order().ToList(),
            all.QuerySelectorAll("tr[data-article-id]").Select(r => long.Parse(r.GetAttribute("data-article-id")!, System.Globalization.CultureInfo.InvariantCulture)).Order().ToList());
    }

    [Fact]
    public async Task The_diff_page_shows_a_changed_headline_and_restoring_brings_the_old_one_back_as_a_new_version()
    {
        using var author = await StaffSession.SignInAsync(_server, StaffRole.Author);
        var id = await CreateAsync(author, "First Words");
        var form = await FormAsync(author, id);
        form["Headline"] = "Second Words";
        form["Body"] = "Some *text*.\nA new line.";
        using var saved = await SaveAsync(author, id, form);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var tab = await ParseAsync(saved);

        var diff = await author.PageAsync($"/newsroom/articles/{id}/revisions?From=1&To=2");
        var headline = diff.QuerySelector("[data-field=headline]")!;
        Assert.Equal(("First Words", "Second Words"), (headline.QuerySelector(".nr-before")!.TextContent, headline.QuerySelector(".nr-after")!.TextContent));
        Assert.Contains("+ A new line.", diff.QuerySelector(".nr-line-added")!.TextContent, StringComparison.Ordinal);

        var fields = Hidden(tab);
        fields["revision"] = "1";
        using var restored = await author.PostAsync($"/newsroom/articles/{id}?handler=Restore", fields, $"/newsroom/articles/{id}");

        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        var article = await _newsroom.LoadAsync(id);
        Assert.Equal(("First Words", 3), (article.Fields.Headline, article.Version));
    }

    [Fact]
    public async Task The_dashboard_lists_my_drafts_and_shows_job_failures_to_editors_only()
    {
        using var author = await StaffSession.SignInAsync(_server, StaffRole.Author);
        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);
        var id = await CreateAsync(author, "Dashboard Draft");

        var mine = await author.PageAsync("/newsroom");
        var editors = await editor.PageAsync("/newsroom");

        Assert.Contains(id.ToString(System.Globalization.CultureInfo.InvariantCulture), mine.QuerySelectorAll("#my-drafts tr[data-article-id]").Select(r => r.GetAttribute("data-article-id")));
        Assert.DoesNotContain(id.ToString(System.Globalization.CultureInfo.InvariantCulture), editors.QuerySelectorAll("#my-drafts tr[data-article-id]").Select(r => r.GetAttribute("data-article-id")));
        Assert.Null(mine.QuerySelector("#job-failures"));
        Assert.NotNull(editors.QuerySelector("#job-failures"));
    }

    [Fact]
    public async Task The_preview_renders_the_body_sanitised_and_the_heartbeat_keeps_the_lock_until_it_is_taken_over()
    {
        using var first = await StaffSession.SignInAsync(_server, StaffRole.Editor);
        using var second = await StaffSession.SignInAsync(_server, StaffRole.Editor);
        var id = await CreateAsync(first, "Heartbeat Story");
        var page = await first.PageAsync($"/newsroom/articles/{id}");
        var tab = Hidden(page);
        var path = $"/newsroom/articles/{id}";
        using (var script = await first.GetAsync(page.QuerySelector("script[src*=newsroom-editor]")!.GetAttribute("src")!))
        {
            Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        }

        using var rendered = await first.PostAsync($"{path}?handler=Render", new() { ["Body"] = "**Bold**<script>alert(1)</script>" }, path);
        var html = await rendered.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("<strong>Bold</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);

        Assert.Equal("Yours", await HeartbeatAsync(first, path, tab));
        using (await second.PostAsync($"{path}?handler=TakeOver", Hidden(await second.PageAsync(path)), path))
        {
        }

        Assert.Equal("SomeoneElse", await HeartbeatAsync(first, path, tab));
    }

    [Fact]
    public async Task The_release_beacon_frees_the_article_at_once_but_only_with_the_forms_antiforgery_token()
    {
        using var first = await StaffSession.SignInAsync(_server, StaffRole.Editor);
        using var second = await StaffSession.SignInAsync(_server, StaffRole.Editor);
        var id = await CreateAsync(first, "Released Story");
        var path = $"/newsroom/articles/{id}";
        var tab = Hidden(await first.PageAsync(path));
        using var forged = new FormUrlEncodedContent(tab);

        using (var withoutToken = await first.Client.PostAsync($"{path}?handler=Release", forged, TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        }

        Assert.NotNull((await second.PageAsync(path)).QuerySelector("#lock"));
        using (var released = await first.PostAsync($"{path}?handler=Release", tab, path))
        {
            Assert.Equal(HttpStatusCode.NoContent, released.StatusCode);
        }

        var opened = await second.PageAsync(path);
        Assert.Null(opened.QuerySelector("#lock"));
        Assert.NotEmpty(opened.QuerySelector("#lock-token")!.GetAttribute("value")!);
    }

    [Fact]
    public async Task A_reloaded_tab_shown_its_own_lock_reopens_it_with_its_last_token_and_saves()
    {
        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);
        var id = await CreateAsync(editor, "Reloaded Story");
        var path = $"/newsroom/articles/{id}";
        var beforeReload = Hidden(await editor.PageAsync(path));

        var reloaded = await editor.PageAsync(path);
        var reopened = await LockCallAsync(editor, path, "Reopen", beforeReload);
        var form = await FormAsync(editor, id);
        form["LockToken"] = reopened.GetProperty("token").GetString()!;
        form["Headline"] = "Saved After Reload";
        using var saved = await SaveAsync(editor, id, form);

        Assert.Contains("You have this article open in another tab", reloaded.QuerySelector("#lock")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Yours", reopened.GetProperty("holding").GetString());
        Assert.NotEqual(beforeReload["LockToken"], reopened.GetProperty("token").GetString());
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("Saved After Reload", (await _newsroom.LoadAsync(id)).Fields.Headline);
    }

    private static async Task<string> HeartbeatAsync(StaffSession session, string path, Dictionary<string, string> tab) =>
        (await LockCallAsync(session, path, "Heartbeat", tab)).GetProperty("holding").GetString()!;

    /// <summary>A lock call of the editor script (heartbeat, reopen) and its JSON answer.</summary>
    private static async Task<System.Text.Json.JsonElement> LockCallAsync(StaffSession session, string path, string handler, Dictionary<string, string> tab)
    {
        using var response = await session.PostAsync($"{path}?handler={handler}", tab, path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return json.RootElement.Clone();
    }

    private static async Task<long> CreateAsync(StaffSession session, string headline)
    {
        using var response = await session.PostAsync("/newsroom/articles/new", new() { ["Headline"] = headline, ["Body"] = "Some *text*." });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return long.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Task<HttpResponseMessage> SaveAsync(StaffSession session, long id, Dictionary<string, string> form) =>
        session.PostAsync($"/newsroom/articles/{id}?handler=Save", form, $"/newsroom/articles/{id}");

    private static async Task<AngleSharp.Dom.IDocument> ParseAsync(HttpResponseMessage response) =>
        HtmlPage.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

    /// <summary>Posts a workflow move from an editor tab (the page it last showed, with its version and lock token).</summary>
    private static async Task<HttpResponseMessage> MoveAsync(StaffSession session, long id, AngleSharp.Dom.IDocument tab, EditorialState to, Dictionary<string, string>? extra = null)
    {
        var fields = Hidden(tab);
        fields["to"] = to.ToString();
        foreach (var (name, value) in extra ?? [])
        {
            fields[name] = value;
        }

        return await session.PostAsync($"/newsroom/articles/{id}?handler=Move", fields, $"/newsroom/articles/{id}");
    }

    /// <summary>The editor form's fields as the page filled them in.</summary>
    private static async Task<Dictionary<string, string>> FormAsync(StaffSession session, long id)
    {
        var page = await session.PageAsync($"/newsroom/articles/{id}");
        var form = page.QuerySelector("#article-form")!;
        var fields = form.QuerySelectorAll("input[name]:not([type=checkbox]), textarea[name]")
            .Where(e => e.GetAttribute("name") != "__RequestVerificationToken")
            .ToDictionary(e => e.GetAttribute("name")!, e => e.GetAttribute("value") ?? e.TextContent);
        return fields;
    }

    private static Dictionary<string, string> Hidden(AngleSharp.Dom.IDocument page) => new()
    {
        ["Version"] = page.QuerySelector("#version")!.GetAttribute("value")!,
        ["LockToken"] = page.QuerySelector("#lock-token")!.GetAttribute("value") ?? "",
    };
}
