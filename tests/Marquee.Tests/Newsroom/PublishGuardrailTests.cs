using System.Globalization;
using Marquee.Content.Articles;
using Marquee.Newsroom.Staff;

namespace Marquee.Tests.Newsroom;

/// <summary>
/// What the newsroom checks before a story goes out (issue 19): a byline, a publish step that asks first and lists
/// what is needed before what is advised, and times typed in the newsroom's zone (New York here, not UTC).
/// </summary>
public sealed class PublishGuardrailTests : IAsyncLifetime
{
    private const string Zone = "America/New_York";

    private readonly NewsroomServer _newsroom = new();

    private MarqueeServer Server => _newsroom.Server;

    public ValueTask InitializeAsync()
    {
        Server.Settings["Marquee:Newsroom:TimeZone"] = Zone;
        return _newsroom.InitializeAsync();
    }

    public ValueTask DisposeAsync() => _newsroom.DisposeAsync();

    [Fact]
    public async Task A_new_story_naming_no_author_is_bylined_to_its_writer()
    {
        using var editor = await StaffSession.SignInAsync(Server, StaffRole.Editor);

        var id = await EditorForms.CreateAsync(editor, "Bylined by default");

        Assert.Equal("test-person", (await EditorForms.FormAsync(editor, id))["Authors"]);
    }

    [Fact]
    public async Task Publishing_a_story_without_a_byline_is_refused_with_what_to_do_and_changes_nothing()
    {
        using var editor = await StaffSession.SignInAsync(Server, StaffRole.Editor);
        var (id, tab) = await WithoutBylineAsync(editor);
        var before = Server.Database.Fingerprint();

        using var refused = await EditorForms.MoveAsync(editor, id, tab, EditorialState.Published);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var message = (await EditorForms.ParseAsync(refused)).Text(".nr-error");
        Assert.Contains("A story needs a byline to be published or scheduled: add the writer or a guest author under Authors", message, StringComparison.Ordinal);
        Assert.Equal(before, Server.Database.Fingerprint());
    }

    [Fact]
    public async Task Publish_shows_its_step_first_with_the_needed_items_on_top_and_publishes_nothing()
    {
        using var editor = await StaffSession.SignInAsync(Server, StaffRole.Editor);
        var (id, tab) = await WithoutBylineAsync(editor);
        var before = Server.Database.Fingerprint();

        using var step = await UnconfirmedAsync(editor, id, tab, EditorialState.Published);

        Assert.Equal(HttpStatusCode.OK, step.StatusCode);
        var page = await EditorForms.ParseAsync(step);
        var items = page.QuerySelectorAll("#checklist li").Select(li => (li.GetAttribute("data-item"), li.GetAttribute("data-status"))).ToList();
        Assert.Equal(("byline", "needed"), items[0]);
        Assert.Contains(("headline", "done"), items);
        Assert.Contains(("section", "advised"), items);
        Assert.Null(page.QuerySelector("#confirm-step"));
        Assert.Equal(before, Server.Database.Fingerprint());
    }

    [Fact]
    public async Task Unpublishing_asks_first_and_goes_through_once_confirmed()
    {
        using var editor = await StaffSession.SignInAsync(Server, StaffRole.Editor);
        var id = await EditorForms.CreateAsync(editor, "Up and down");
        using var published = await EditorForms.MoveAsync(editor, id, await editor.PageAsync($"/newsroom/articles/{id}"), EditorialState.Published);
        var tab = await EditorForms.ParseAsync(published);

        using var step = await UnconfirmedAsync(editor, id, tab, EditorialState.Unpublished);
        var asked = await EditorForms.ParseAsync(step);
        Assert.Equal("published", asked.QuerySelector("#state strong")!.TextContent);
        Assert.Equal("Unpublish", asked.Text("#confirm-step"));

        using var confirmed = await editor.PostAsync($"/newsroom/articles/{id}?handler=Move", FormFields.Of(asked, "#step-form"), $"/newsroom/articles/{id}");
        Assert.Equal("Now unpublished.", (await EditorForms.ParseAsync(confirmed)).Text(".nr-notice"));
    }

    [Fact]
    public async Task A_time_scheduled_in_the_newsroom_zone_is_stored_as_its_UTC_instant_and_shown_in_the_zone()
    {
        using var editor = await StaffSession.SignInAsync(Server, StaffRole.Editor);
        var id = await EditorForms.CreateAsync(editor, "Scheduled in New York");
        var year = DateTime.UtcNow.Year + 1;

        using var scheduled = await EditorForms.MoveAsync(editor, id, await editor.PageAsync($"/newsroom/articles/{id}"), EditorialState.Scheduled, new() { ["publishAt"] = $"{year}-01-15T09:00" });

        Assert.Equal(HttpStatusCode.OK, scheduled.StatusCode);
        var stored = await new NewsroomDriver(Server).LoadAsync(id);
        Assert.Equal(new DateTime(year, 1, 15, 14, 0, 0, DateTimeKind.Utc), stored.Fields.PublishedAt);
        var time = (await EditorForms.ParseAsync(scheduled)).QuerySelector("#state time")!;
        Assert.Equal(($"{year}-01-15T14:00:00Z", $"{year}-01-15 09:00 {Zone}"), (time.GetAttribute("datetime"), time.TextContent));
    }

    [Fact]
    public async Task A_time_the_clocks_skip_in_the_newsroom_zone_is_refused_by_name()
    {
        using var editor = await StaffSession.SignInAsync(Server, StaffRole.Editor);
        var id = await EditorForms.CreateAsync(editor, "Scheduled into the gap");
        var skipped = SecondSundayOfMarch(DateTime.UtcNow.Year + 1).AddHours(2.5);
        var typed = skipped.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

        using var refused = await EditorForms.MoveAsync(editor, id, await editor.PageAsync($"/newsroom/articles/{id}"), EditorialState.Scheduled, new() { ["publishAt"] = typed });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains($"does not exist in {Zone}", (await EditorForms.ParseAsync(refused)).Text(".nr-error"), StringComparison.Ordinal);
        Assert.Null((await new NewsroomDriver(Server).LoadAsync(id)).Fields.PublishedAt);
    }

    [Fact]
    public async Task The_dashboard_lists_recently_published_stories_in_publishing_order()
    {
        using var editor = await StaffSession.SignInAsync(Server, StaffRole.Editor);
        var first = await PublishAsync(editor, "Out first");
        var second = await PublishAsync(editor, "Out second");
        // Editing the first story after both went out makes it the latest changed, not the latest published.
        using var edited = await EditorForms.SaveAsync(editor, first, await EditorForms.FormAsync(editor, first));

        var dashboard = await editor.PageAsync("/newsroom");

        var order = dashboard.QuerySelectorAll("#recently-published tr[data-article-id]").Select(tr => long.Parse(tr.GetAttribute("data-article-id")!, CultureInfo.InvariantCulture)).ToList();
        Assert.True(order.IndexOf(second) < order.IndexOf(first), $"recently published: {string.Join(", ", order)}");
        Assert.Equal("write-new", dashboard.QuerySelector("#main a")!.Id);
    }

    private static async Task<long> PublishAsync(StaffSession editor, string headline)
    {
        var id = await EditorForms.CreateAsync(editor, headline);
        using var published = await EditorForms.MoveAsync(editor, id, await editor.PageAsync($"/newsroom/articles/{id}"), EditorialState.Published);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        return id;
    }

    /// <summary>A draft whose writer took their byline off, and the editor tab the save answered with.</summary>
    private static async Task<(long Id, AngleSharp.Dom.IDocument Tab)> WithoutBylineAsync(StaffSession editor)
    {
        var id = await EditorForms.CreateAsync(editor, $"Nobody's story {Guid.NewGuid():n}");
        var form = await EditorForms.FormAsync(editor, id);
        form["Authors"] = "";
        using var saved = await EditorForms.SaveAsync(editor, id, form);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        return (id, await EditorForms.ParseAsync(saved));
    }

    private static Task<HttpResponseMessage> UnconfirmedAsync(StaffSession editor, long id, AngleSharp.Dom.IDocument tab, EditorialState to)
    {
        var fields = EditorForms.Hidden(tab);
        fields["to"] = to.ToString();
        return editor.PostAsync($"/newsroom/articles/{id}?handler=Move", fields, $"/newsroom/articles/{id}");
    }

    private static DateTime SecondSundayOfMarch(int year)
    {
        var first = new DateTime(year, 3, 1, 0, 0, 0, DateTimeKind.Unspecified);
        return first.AddDays(((7 - (int)first.DayOfWeek) % 7) + 7);
    }
}
