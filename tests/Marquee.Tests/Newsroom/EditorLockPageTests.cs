using Marquee.Newsroom.Staff;
using static Marquee.Tests.Newsroom.EditorForms;

namespace Marquee.Tests.Newsroom;

/// <summary>The editor's edit lock over real HTTP: the notice and take-over, the refused save, and the script's heartbeat, reopen and release calls.</summary>
public sealed class EditorLockPageTests(NewsroomServer newsroom) : IClassFixture<NewsroomServer>
{
    private readonly MarqueeServer _server = newsroom.Server;

    private readonly NewsroomDriver _newsroom = new(newsroom.Server);

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
        var page = await ParseAsync(refused);
        Assert.Contains("took this article over", page.QuerySelector(".nr-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector("#article-form")!.GetAttribute("data-lock-lost"));
        Assert.Equal(before, _server.Database.Fingerprint());
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
}
