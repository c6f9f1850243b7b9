using System.Globalization;
using System.Text.Json;
using Marquee.Content;
using Marquee.Content.Live;
using Marquee.Media.Photos;
using Marquee.Tests.Media;

namespace Marquee.Tests.Live;

/// <summary>Live stories over real HTTP: the reader page, its cursor paging, the entries' rules and their bad input.</summary>
public sealed class LiveStoryTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private readonly TestLive _live = new(server);

    [Fact]
    public async Task The_page_shows_the_pinned_entry_first_then_entries_newest_first_with_key_events_in_the_jump_menu()
    {
        var (id, slug) = await _live.StoryAsync("Red carpet arrivals");
        var first = await _live.PostAsync(id, "Doors open.", "Doors");
        var key = await _live.PostAsync(id, new LiveEntryInput { Title = "Pink arrives", BodyMarkdown = "In **black**.", IsKeyEvent = true });
        var third = await _live.PostAsync(id, "Third update.");
        await _live.MarkAsync(first, LiveEntryChange.Pinned);

        var page = await HtmlPage.GetAsync(server.Client, $"/live/{slug}");

        var order = page.QuerySelectorAll(".live-stream article[data-entry]").Select(e => e.GetAttribute("data-entry")).ToList();
        Assert.Equal(Ids([first, third, key]), order);
        Assert.Contains("pinned", page.GetElementById($"entry-{first.Id}")!.ClassList);
        Assert.Equal($"#entry-{key.Id}", page.QuerySelector(".live-key-events a")!.GetAttribute("href"));
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", page.QuerySelector($"#entry-{key.Id} time")!.GetAttribute("datetime"));
        Assert.Equal("In black.", page.Text($"#entry-{key.Id} .live-body"));
    }

    [Fact]
    public async Task Older_entries_page_by_a_cursor_that_later_entries_edits_and_deletions_do_not_shift()
    {
        var (id, slug) = await _live.StoryAsync("A long night");
        var entries = new List<LiveEntry>();
        for (var i = 1; i <= 25; i++)
        {
            entries.Add(await _live.PostAsync(id, $"Update {i}."));
        }

        var firstPage = await HtmlPage.GetAsync(server.Client, $"/live/{slug}");
        var older = firstPage.GetElementById("older-updates")!.GetAttribute("href")!;
        var before = await HtmlPage.GetAsync(server.Client, older);
        await _live.PostAsync(id, "Update 26.");
        await _live.MarkAsync(entries[^1], LiveEntryChange.Deleted);
        await _live.EditAsync(entries[0], new LiveEntryInput { BodyMarkdown = "Update 1, corrected." });
        var after = await HtmlPage.GetAsync(server.Client, older);

        Assert.Equal($"/live/{slug}?before={entries[5].Id}", older);
        Assert.Equal(Ids(entries.Take(5).Reverse()), Ids(before));
        Assert.Equal(Ids(before), Ids(after));
        Assert.Equal("Update 1, corrected.", after.Text($"#entry-{entries[0].Id} .live-body"));
        Assert.Null(after.GetElementById("older-updates"));
    }

    [Fact]
    public async Task A_cursor_that_names_no_position_is_not_found_and_a_malformed_one_is_a_bad_request()
    {
        var (id, slug) = await _live.StoryAsync("Cursor checks");
        var entry = await _live.PostAsync(id, "Only entry.");

        Assert.Equal(HttpStatusCode.NotFound, await _live.StatusAsync($"/live/{slug}?before={entry.Id + 2}"));
        Assert.Equal(HttpStatusCode.BadRequest, await _live.StatusAsync($"/live/{slug}?before=abc"));
        Assert.Equal(HttpStatusCode.BadRequest, await _live.StatusAsync($"/live/{slug}?before=0"));
    }

    [Fact]
    public async Task An_entry_on_ended_coverage_is_refused_until_coverage_is_reopened()
    {
        var (id, slug) = await _live.StoryAsync("Ended coverage");
        await _live.PostAsync(id, "Before the end.");
        await _live.EndAsync(id);

        var refused = await Assert.ThrowsAsync<ContentValidationException>(() => _live.PostAsync(id, "After the end."));
        var endedPage = await HtmlPage.GetAsync(server.Client, $"/live/{slug}");
        await _live.ReopenAsync(id);
        await _live.PostAsync(id, "After reopening.");
        var reopenedPage = await HtmlPage.GetAsync(server.Client, $"/live/{slug}");

        Assert.Contains("ended", refused.Message);
        Assert.Contains("reopen", refused.Message);
        Assert.Single(endedPage.QuerySelectorAll(".live-stream article[data-entry]"));
        Assert.StartsWith("Coverage ended", endedPage.Text("#live-status"));
        Assert.Equal(2, reopenedPage.QuerySelectorAll(".live-stream article[data-entry]").Length);
    }

    [Fact]
    public async Task A_second_editor_of_the_same_entry_is_told_and_the_first_edit_is_kept()
    {
        var (id, _) = await _live.StoryAsync("Two editors");
        var entry = await _live.PostAsync(id, "First words.");

        await _live.EditAsync(entry, new LiveEntryInput { BodyMarkdown = "Alice's fix." });
        var stale = await Assert.ThrowsAsync<StaleLiveEntryException>(() => _live.EditAsync(entry, new LiveEntryInput { BodyMarkdown = "Bob's fix." }));

        Assert.Equal("Alice's fix.", stale.Theirs.BodyMarkdown);
        Assert.Equal(entry.Id, stale.EntryId);
    }

    [Fact]
    public async Task Pinning_an_entry_unpins_the_one_pinned_before()
    {
        var (id, slug) = await _live.StoryAsync("One pin");
        var first = await _live.PostAsync(id, "First.");
        var second = await _live.PostAsync(id, "Second.");

        await _live.MarkAsync(first, LiveEntryChange.Pinned);
        await _live.MarkAsync(second, LiveEntryChange.Pinned);
        var page = await HtmlPage.GetAsync(server.Client, $"/live/{slug}");

        var pinned = page.QuerySelectorAll(".live-entry.pinned").Select(e => e.Id).ToList();
        Assert.Equal([$"entry-{second.Id}"], pinned);
    }

    [Fact]
    public async Task An_edited_entry_says_when_it_was_updated()
    {
        var (id, slug) = await _live.StoryAsync("Edited entry");
        var entry = await _live.PostAsync(id, "Typo here.");
        await _live.EditAsync(entry, new LiveEntryInput { BodyMarkdown = "No typo here." });

        var page = await HtmlPage.GetAsync(server.Client, $"/live/{slug}");

        Assert.StartsWith("Updated", page.Text($"#entry-{entry.Id} .live-edited"));
        Assert.NotNull(page.QuerySelector($"#entry-{entry.Id} .live-edited time[datetime]"));
    }

    [Fact]
    public async Task Script_payloads_in_entry_titles_and_bodies_render_inert_on_the_page_and_in_updates()
    {
        var (id, slug) = await _live.StoryAsync("XSS night");
        var since = Since(await _live.UpdatesPathAsync(slug));
        await _live.PostAsync(id, new LiveEntryInput
        {
            Title = "<script>alert('title')</script>",
            BodyMarkdown = "<img src=x onerror=alert('img')>\n\n<a href=\"javascript:alert('a')\">click</a> <iframe src=\"https://evil.example/\"></iframe>",
        });

        var page = await HtmlPage.GetAsync(server.Client, $"/live/{slug}");
        var update = await server.Client.GetStringAsync($"/live/{slug}/updates?since={since}", TestContext.Current.CancellationToken);

        Assert.Empty(HtmlHazards.In(page.QuerySelector(".live-stream")!.OuterHtml));
        Assert.Empty(HtmlHazards.In(update));
        Assert.Equal("<script>alert('title')</script>", page.QuerySelector(".live-entry h3")!.TextContent);
    }

    [Fact]
    public async Task Bad_entries_are_refused_naming_what_is_wrong()
    {
        var (id, _) = await _live.StoryAsync("Bad input");

        var empty = await Assert.ThrowsAsync<ContentValidationException>(() => _live.PostAsync(id, "  "));
        var author = await Assert.ThrowsAsync<ContentValidationException>(() => _live.PostAsync(id, new LiveEntryInput { BodyMarkdown = "x", AuthorSlugs = ["nobody-here"] }));
        var photo = await Assert.ThrowsAsync<ContentValidationException>(() => _live.PostAsync(id, new LiveEntryInput { BodyMarkdown = "x", PhotoId = 987654321 }));
        var title = await Assert.ThrowsAsync<ContentValidationException>(() => _live.PostAsync(id, new LiveEntryInput { BodyMarkdown = "x", Title = new string('t', 301) }));

        Assert.Contains("neither text nor a photo", empty.Message);
        Assert.Contains("nobody-here", author.Message);
        Assert.Contains("987654321", photo.Message);
        Assert.Contains("301", title.Message);
    }

    [Fact]
    public async Task The_page_describes_itself_as_a_LiveBlogPosting_with_coverage_and_recent_updates()
    {
        var (id, slug) = await _live.StoryAsync("Structured night");
        var entry = await _live.PostAsync(id, "Something happened.", "A headline");

        var page = await HtmlPage.GetAsync(server.Client, $"/live/{slug}");
        var blog = page.QuerySelectorAll("script[type='application/ld+json']")
            .Select(s => JsonDocument.Parse(s.TextContent).RootElement)
            .Single(json => json.GetProperty("@type").GetString() == "LiveBlogPosting");

        Assert.True(blog.TryGetProperty("coverageStartTime", out _));
        Assert.False(blog.TryGetProperty("coverageEndTime", out _));
        var update = Assert.Single(blog.GetProperty("liveBlogUpdate").EnumerateArray());
        Assert.Equal("A headline", update.GetProperty("headline").GetString());
        Assert.EndsWith($"/live/{slug}#entry-{entry.Id}", update.GetProperty("url").GetString());
        Assert.Equal("Something happened.", update.GetProperty("articleBody").GetString());
        Assert.DoesNotContain(page.QuerySelectorAll("script[type='application/ld+json']"), s => s.TextContent.Contains("\"NewsArticle\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_entry_shows_its_library_photo_with_its_credit_and_counts_as_a_use_of_it()
    {
        var (id, slug) = await _live.StoryAsync("Photo entry");
        var stored = await PhotoUploads.IngestAsync(server, TestImages.Encoded("jpg", 800, 600, seed: 1701), "carpet.jpg", PhotoUploads.Credited());
        var photo = await PhotoUploads.RenditionsMadeAsync(server, stored.Photo!.Id);
        var entry = await _live.PostAsync(id, new LiveEntryInput { BodyMarkdown = "On the carpet.", PhotoId = photo.Id });

        var page = await HtmlPage.GetAsync(server.Client, $"/live/{slug}");
        await using var scope = server.Services.CreateAsyncScope();
        var uses = await scope.ServiceProvider.GetRequiredService<IPhotoUsages>().OfAsync([photo.Id], TestContext.Current.CancellationToken);

        Assert.NotNull(page.QuerySelector($"#entry-{entry.Id} .live-photo img"));
        Assert.Contains(photo.Credit!, page.Text($"#entry-{entry.Id} .live-photo figcaption"));
        Assert.Equal([id], uses[photo.Id].Select(use => use.ArticleId));
    }

    [Fact]
    public async Task A_story_page_of_a_live_story_redirects_to_the_live_page()
    {
        var (_, slug) = await _live.StoryAsync("Moved page");

        using var response = await server.Client.GetAsync($"/news/{slug}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/live/{slug}", response.Headers.Location!.OriginalString);
    }

    internal static int Since(string updatesPath) => int.Parse(updatesPath[(updatesPath.IndexOf("since=", StringComparison.Ordinal) + "since=".Length)..], CultureInfo.InvariantCulture);

    private static List<string?> Ids(AngleSharp.Dom.IDocument page) => [.. page.QuerySelectorAll(".live-stream article[data-entry]").Select(e => e.GetAttribute("data-entry"))];

    private static List<string?> Ids(IEnumerable<LiveEntry> entries) => [.. entries.Select(e => (string?)e.Id.ToString(CultureInfo.InvariantCulture))];
}
