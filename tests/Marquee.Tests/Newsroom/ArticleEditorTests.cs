using Marquee.Content.Articles;
using Marquee.Newsroom.Articles;
using Marquee.Newsroom.Staff;
using static Marquee.Tests.Newsroom.EditorForms;

namespace Marquee.Tests.Newsroom;

/// <summary>The newsroom's article pages over real HTTP: writing, the workflow buttons, conflicts, the list, revisions and the dashboard.</summary>
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
    public async Task The_list_pages_on_with_its_filters()
    {
        var marker = Guid.NewGuid().ToString("n")[..8];
        var content = new TestContent(_server);
        for (var i = 0; i <= ArticlesPage.PageSize; i++)
        {
            await content.ArticleAsync($"Paged {marker} {i}");
        }

        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);
        var first = await editor.PageAsync($"/newsroom/articles?Search={marker}");
        // The link is the query alone, which a browser resolves against the list's own address.
        var second = await editor.PageAsync("/newsroom/articles" + first.QuerySelector("a[rel=next]")!.GetAttribute("href"));

        Assert.Equal(ArticlesPage.PageSize, first.QuerySelectorAll("tr[data-article-id]").Length);
        Assert.Single(second.QuerySelectorAll("tr[data-article-id]"));
        Assert.Null(second.QuerySelector("a[rel=next]"));
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
}
