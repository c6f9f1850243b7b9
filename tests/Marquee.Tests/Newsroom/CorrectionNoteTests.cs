using System.Text.Json;
using AngleSharp.Dom;
using Marquee.Content.Articles;
using Marquee.Newsroom.Staff;

namespace Marquee.Tests.Newsroom;

/// <summary>The correction or update note: written in the editor, shown on the public story with its time, in its JSON-LD and feeds, escaped.</summary>
public sealed class CorrectionNoteTests(NewsroomServer newsroom) : IClassFixture<NewsroomServer>
{
    private const string Misspelled = "An earlier version of this story misspelled Kelly Clarkson's name.";

    private readonly MarqueeServer _server = newsroom.Server;

    private readonly TestContent _content = new(newsroom.Server);

    private readonly NewsroomDriver _newsroom = new(newsroom.Server);

    [Fact]
    public async Task A_correction_written_in_the_editor_shows_on_the_already_cached_story_with_its_time_and_in_its_structured_data()
    {
        var article = await _content.ArticleAsync("Clarkson Opens the Show");
        Assert.Null((await ArticlePageAsync(article)).QuerySelector("#story-note"));
        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);

        var (status, _) = await SaveNoteAsync(editor, article, CorrectionKind.Correction, Misspelled);

        Assert.Equal(HttpStatusCode.OK, status);
        var page = await ArticlePageAsync(article);
        var note = page.QuerySelector("#story-note")!;
        var noted = (await _newsroom.LoadAsync(await _content.IdAsync(article))).Fields.Correction!.NotedAt!.Value;
        Assert.StartsWith("CORRECTION ", note.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains(Misspelled, note.TextContent, StringComparison.Ordinal);
        Assert.Equal(noted.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture), note.QuerySelector("time")!.GetAttribute("datetime"));
        var correction = NewsArticle(page).GetProperty("correction");
        Assert.Equal(("CorrectionComment", Misspelled), (correction.GetProperty("@type").GetString(), correction.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task An_update_keeps_its_time_while_the_note_stays_the_same_and_is_not_a_schema_correction()
    {
        var article = await _content.ArticleAsync("Statement Expected");
        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);
        var id = await _content.IdAsync(article);

        var tab = await EditorTab.OpenAsync(editor, id);
        await SaveNoteAsync(tab, CorrectionKind.Update, "Updated with her statement.");
        var first = (await _newsroom.LoadAsync(id)).Fields.Correction!;
        tab.Fields["Dek"] = "Another dek, the same note";
        Assert.Equal(HttpStatusCode.OK, (await tab.SaveAsync()).Status);
        var kept = (await _newsroom.LoadAsync(id)).Fields.Correction!;
        await SaveNoteAsync(tab, CorrectionKind.Update, "Updated with her statement and his.");
        var changed = (await _newsroom.LoadAsync(id)).Fields.Correction!;

        Assert.Equal((CorrectionKind.Update, first.NotedAt), (kept.Kind, kept.NotedAt));
        Assert.True(changed.NotedAt > first.NotedAt, $"the note changed but its time stayed {changed.NotedAt:O}");
        var page = await ArticlePageAsync(article);
        Assert.StartsWith("UPDATE ", page.QuerySelector("#story-note")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.False(NewsArticle(page).TryGetProperty("correction", out _));
    }

    [Fact]
    public async Task A_script_in_the_note_is_text_on_the_story_in_its_structured_data_and_in_the_feed()
    {
        const string payload = "<script>alert('note')</script><img src=x onerror=alert(1)> & \"quoted\"";
        var article = await _content.ArticleAsync("Payload Note");
        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);

        await SaveNoteAsync(editor, article, CorrectionKind.Correction, payload);

        var page = await ArticlePageAsync(article);
        Assert.Contains(payload, page.QuerySelector("#story-note")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("script:not([type='application/ld+json']):not([src^='/js/']), img[onerror]"));
        Assert.Equal(payload, NewsArticle(page).GetProperty("correction").GetProperty("text").GetString());
        var content = await FeedContentAsync(article);
        var inFeed = HtmlPage.Parse(content).QuerySelector(".story-note")!;
        Assert.Contains(payload, inFeed.TextContent, StringComparison.Ordinal);
        Assert.Empty(HtmlPage.Parse(content).QuerySelectorAll("script, img"));
    }

    [Fact]
    public async Task An_over_long_note_is_refused_by_name_and_nothing_is_saved()
    {
        var article = await _content.ArticleAsync("Long Note");
        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);
        var tab = await EditorTab.OpenAsync(editor, await _content.IdAsync(article));
        var before = _server.Database.Fingerprint();
        tab.Fields["Correction"] = new string('x', CorrectionNote.MaxLength + 1);

        var (status, page) = await tab.SaveAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains($"The correction note is longer than {CorrectionNote.MaxLength} characters", page.QuerySelector(".nr-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, _server.Database.Fingerprint());
    }

    private async Task<(HttpStatusCode Status, IDocument Page)> SaveNoteAsync(StaffSession editor, ArticleInput article, CorrectionKind kind, string text) =>
        await SaveNoteAsync(await EditorTab.OpenAsync(editor, await _content.IdAsync(article)), kind, text);

    private static async Task<(HttpStatusCode Status, IDocument Page)> SaveNoteAsync(EditorTab tab, CorrectionKind kind, string text)
    {
        tab.Fields["CorrectionKind"] = kind.ToString();
        tab.Fields["Correction"] = text;
        return await tab.SaveAsync();
    }

    private Task<IDocument> ArticlePageAsync(ArticleInput article) => HtmlPage.GetAsync(_server.Client, $"/news/{article.Slug}");

    private static JsonElement NewsArticle(IDocument page) =>
        page.QuerySelectorAll("script[type='application/ld+json']")
            .Select(script => JsonDocument.Parse(script.TextContent).RootElement.Clone())
            .Single(node => node.GetProperty("@type").GetString() == "NewsArticle");

    private async Task<string> FeedContentAsync(ArticleInput article)
    {
        using var feed = JsonDocument.Parse(await _server.Client.GetStringAsync("/feed.json", TestContext.Current.CancellationToken));
        var item = feed.RootElement.GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("url").GetString()!.EndsWith($"/news/{article.Slug}", StringComparison.Ordinal));
        return item.GetProperty("content_html").GetString()!;
    }
}
