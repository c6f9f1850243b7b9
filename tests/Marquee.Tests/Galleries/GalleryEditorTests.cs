using System.Globalization;
using AngleSharp.Dom;
using Marquee.Content.Articles;
using Marquee.Content.Galleries;
using Marquee.Media.Photos;
using Marquee.Newsroom.Staff;
using Marquee.Tests.Newsroom;

namespace Marquee.Tests.Galleries;

/// <summary>Building a gallery in the newsroom over real HTTP: create, find and add library photos, reorder, caption, cover, revisions, publish checks.</summary>
public sealed class GalleryEditorTests(NewsroomServer newsroom) : IClassFixture<NewsroomServer>
{
    private readonly MarqueeServer _server = newsroom.Server;

    private readonly NewsroomDriver _newsroom = new(newsroom.Server);

    private readonly TestGalleries _galleries = new(newsroom.Server);

    [Fact]
    public async Task The_live_preview_links_an_embedded_gallery_at_its_current_url_after_a_rename()
    {
        var gallery = await _galleries.GalleryAsync("Previewed Night", TestGalleries.Items(await _galleries.PhotosAsync(1)));
        var renamed = gallery with { Slug = TestContent.UniqueSlug("previewed-night-moved") };
        await _galleries.Content.SaveAsync(renamed);
        using var writer = await StaffSession.SignInAsync(_server, StaffRole.Contributor);

        using var rendered = await writer.PostAsync("/newsroom/articles/new?handler=Render", new() { ["Body"] = $"{{{{gallery {gallery.Slug}}}}}" }, "/newsroom/articles/new");

        Assert.Equal(HttpStatusCode.OK, rendered.StatusCode);
        Assert.Contains($"href=\"/photos/{renamed.Slug}\"", await rendered.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_gallery_beside_new_article_creates_a_gallery_draft()
    {
        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);

        var list = await editor.PageAsync("/newsroom/articles");
        var form = await editor.PageAsync(list.QuerySelector("#new-gallery")!.GetAttribute("href")!);
        var id = await CreateAsync(editor, form);

        Assert.StartsWith("New gallery", form.Title, StringComparison.Ordinal);
        Assert.Equal(ArticleKind.Gallery, (await _newsroom.LoadAsync(id)).Fields.Kind);
        Assert.NotNull((await editor.PageAsync($"/newsroom/articles/{id}")).QuerySelector("#gallery-items"));
    }

    [Fact]
    public async Task Photos_found_in_the_library_are_added_reordered_captioned_and_made_cover_by_saves_kept_in_revisions()
    {
        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);
        var word = $"w{Guid.NewGuid():n}"[..12];
        var first = await _galleries.PhotoAsync($"{word} first");
        var second = await _galleries.PhotoAsync($"{word} second");
        var id = await CreateAsync(editor, await editor.PageAsync("/newsroom/articles/new?kind=gallery"));
        var tab = await editor.PageAsync($"/newsroom/articles/{id}");

        tab = await PostAsync(editor, id, "FindPhotos", tab, new() { ["Gallery.Search"] = word });
        Assert.Equal([second.Id.ToString(CultureInfo.InvariantCulture), first.Id.ToString(CultureInfo.InvariantCulture)], tab.QuerySelectorAll("#photo-results li").Select(li => li.GetAttribute("data-photo")));
        tab = await PostAsync(editor, id, "Save", tab, new() { ["Gallery.Action"] = $"add:{first.Id}" });
        tab = await PostAsync(editor, id, "Save", tab, new() { ["Gallery.Action"] = $"add:{second.Id}" });
        tab = await PostAsync(editor, id, "Save", tab, new() { ["Gallery.Action"] = $"up:{second.Id}", ["Gallery.Items[1].Caption"] = "Our own caption", ["Gallery.Cover"] = $"{first.Id}" });

        Assert.Equal(
            [new GalleryItemInput(second.Id, "Our own caption"), new GalleryItemInput(first.Id, IsCover: true)],
            (await _newsroom.LoadAsync(id)).Fields.GalleryItems);
        Assert.Equal([$"{second.Id}", $"{first.Id}"], tab.QuerySelectorAll("#gallery-items li").Select(li => li.GetAttribute("data-photo")));
        var revisions = await _newsroom.RevisionsAsync(id);
        var diff = await _newsroom.DiffAsync(id, revisions[1].Version, revisions[0].Version);
        var change = Assert.Single(diff, c => c.Field == "gallery photos");
        Assert.Equal($"photo {first.Id}\nphoto {second.Id}", change.Before);
        Assert.Equal($"photo {second.Id}: Our own caption\nphoto {first.Id} (cover)", change.After);

        await PostAsync(editor, id, "Restore", tab, new() { ["revision"] = $"{revisions[1].Version}" });
        Assert.Equal([new GalleryItemInput(first.Id), new GalleryItemInput(second.Id)], (await _newsroom.LoadAsync(id)).Fields.GalleryItems);
    }

    [Fact]
    public async Task Publishing_is_refused_while_a_photo_lacks_its_credit_naming_the_photo_and_nothing_changes()
    {
        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);
        var credited = await _galleries.PhotoAsync("Credited frame");
        var uncredited = await _galleries.PhotoAsync("Uncredited frame", new PhotoMetadata { AltText = "A stage", CreatedBy = "tests@marquee.test" });
        var id = await CreateAsync(editor, await editor.PageAsync("/newsroom/articles/new?kind=gallery"));
        var tab = await editor.PageAsync($"/newsroom/articles/{id}");
        tab = await PostAsync(editor, id, "Save", tab, new() { ["Gallery.Action"] = $"add:{credited.Id}" });
        tab = await PostAsync(editor, id, "Save", tab, new() { ["Gallery.Action"] = $"add:{uncredited.Id}" });
        Assert.Contains("Lacks credit", tab.Text($"#gallery-items li[data-photo='{uncredited.Id}'] [data-lacks]"), StringComparison.Ordinal);
        // Renditions are written in the background; wait for them so only the refused move could change the database.
        await Media.PhotoUploads.RenditionsMadeAsync(_server, credited.Id);
        await Media.PhotoUploads.RenditionsMadeAsync(_server, uncredited.Id);
        var before = _server.Database.Fingerprint();

        using var refused = await editor.PostAsync($"/newsroom/articles/{id}?handler=Move", Opened(tab, new() { ["to"] = nameof(EditorialState.Published), ["confirmed"] = "true" }), $"/newsroom/articles/{id}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var message = HtmlPage.Parse(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Text(".nr-error");
        Assert.Contains($"Photo {uncredited.Id} (\"Uncredited frame\") lacks credit", message, StringComparison.Ordinal);
        Assert.Equal(before, _server.Database.Fingerprint());
    }

    private static async Task<long> CreateAsync(StaffSession session, IDocument newPage)
    {
        var fields = Fields(newPage);
        fields["Headline"] = $"Gallery {Guid.NewGuid():n}";
        using var response = await session.PostAsync("/newsroom/articles/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return long.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    /// <summary>Posts the editor form as the tab shows it, with <paramref name="changes"/>, to a handler; the answer must be 200.</summary>
    private static async Task<IDocument> PostAsync(StaffSession session, long id, string handler, IDocument tab, Dictionary<string, string> changes)
    {
        var fields = handler == "Restore" ? Opened(tab, changes) : Fields(tab);
        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }

        using var response = await session.PostAsync($"/newsroom/articles/{id}?handler={handler}", fields, $"/newsroom/articles/{id}");
        var page = HtmlPage.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{handler} answered {(int)response.StatusCode}: {page.QuerySelector(".nr-error")?.TextContent}");
        return page;
    }

    private static Dictionary<string, string> Fields(IDocument page) => FormFields.Of(page, "#article-form");

    /// <summary>What a workflow form sends: the tab's version and lock token.</summary>
    private static Dictionary<string, string> Opened(IDocument tab, Dictionary<string, string> extra) =>
        new(extra)
        {
            ["Version"] = tab.QuerySelector("#version")!.GetAttribute("value")!,
            ["LockToken"] = tab.QuerySelector("#lock-token")!.GetAttribute("value")!,
        };
}
