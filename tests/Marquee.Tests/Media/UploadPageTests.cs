using System.Text.Json;
using Marquee.Newsroom.Staff;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Tests.Media;

/// <summary>The upload page: several files in one no-script form, and the JSON handler the page's script sends each file to.</summary>
public sealed class UploadPageTests(NewsroomServer newsroom) : IClassFixture<NewsroomServer>
{
    private readonly MarqueeServer _server = newsroom.Server;

    [Fact]
    public async Task Two_files_in_one_form_become_two_photos_each_linking_to_its_page_and_owned_by_the_uploader()
    {
        using var contributor = await StaffSession.SignInAsync(_server, StaffRole.Contributor);

        using var response = await PhotoPages.UploadAsync(contributor, "", ("red-carpet.jpg", TestImages.Encoded("jpg", seed: 101)), ("stage.png", TestImages.Encoded("png", seed: 102)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = HtmlPage.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var rows = page.QuerySelectorAll("#upload-results .nr-upload");
        Assert.Equal(["red-carpet.jpg", "stage.png"], rows.Select(r => r.QuerySelector(".nr-upload-file")!.TextContent));
        Assert.All(rows, r => Assert.Equal("stored", r.GetAttribute("data-outcome")));
        var links = rows.Select(r => r.QuerySelector("a.nr-upload-edit")!.GetAttribute("href")!).ToList();
        Assert.All(links, link => Assert.Matches("^/newsroom/photos/[0-9]+$", link));
        var ids = links.Select(link => long.Parse(link.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal([contributor.Email, contributor.Email], await CreatorsAsync(ids));
        foreach (var link in links)
        {
            using var edit = await contributor.GetAsync(link);
            Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        }
    }

    [Fact]
    public async Task A_refused_file_shows_its_own_reason_beside_it_while_the_others_are_stored()
    {
        using var author = await StaffSession.SignInAsync(_server, StaffRole.Author);

        using var response = await PhotoPages.UploadAsync(author, "", ("logo.svg", TestImages.Text("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")), ("fine.webp", TestImages.Encoded("webp", seed: 103)), ("empty.jpg", []));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = HtmlPage.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).QuerySelectorAll("#upload-results .nr-upload");
        Assert.Equal(["refused", "stored", "refused"], rows.Select(r => r.GetAttribute("data-outcome")));
        Assert.StartsWith("logo.svg: SVG is not accepted", rows[0].QuerySelector(".nr-upload-refusal")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("empty.jpg: is empty (0 bytes)", rows[2].QuerySelector(".nr-upload-refusal")!.TextContent);
    }

    [Fact]
    public async Task The_file_handler_answers_json_with_the_photo_or_the_refusal()
    {
        using var contributor = await StaffSession.SignInAsync(_server, StaffRole.Contributor);

        using var stored = await PhotoPages.UploadAsync(contributor, "File", ("one.gif", TestImages.Encoded("gif", seed: 104)));
        using var refused = await PhotoPages.UploadAsync(contributor, "File", ("page.jpg", TestImages.Text("<html><script>alert(1)</script></html>")));

        Assert.Equal((HttpStatusCode.OK, "application/json"), (stored.StatusCode, stored.Content.Headers.ContentType?.MediaType));
        var photo = await JsonAsync(stored);
        var id = photo.GetProperty("photoId").GetInt64();
        Assert.Equal(("one.gif", $"/newsroom/photos/{id}", JsonValueKind.Null), (photo.GetProperty("file").GetString(), photo.GetProperty("editUrl").GetString(), photo.GetProperty("refusal").ValueKind));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var refusal = await JsonAsync(refused);
        Assert.Equal((JsonValueKind.Null, "page.jpg: is not an image Marquee accepts: its bytes are not JPEG, PNG, WebP, AVIF or GIF, whatever its name says"), (refusal.GetProperty("photoId").ValueKind, refusal.GetProperty("refusal").GetString()));
    }

    [Fact]
    public async Task The_file_handler_takes_exactly_one_file()
    {
        using var contributor = await StaffSession.SignInAsync(_server, StaffRole.Contributor);

        using var two = await PhotoPages.UploadAsync(contributor, "File", ("a.png", TestImages.Encoded("png", seed: 105)), ("b.png", TestImages.Encoded("png", seed: 106)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, two.StatusCode);
        Assert.Equal("send exactly one file (this request has 2)", (await JsonAsync(two)).GetProperty("refusal").GetString());
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

    private async Task<List<string>> CreatorsAsync(IReadOnlyList<long> ids)
    {
        await using var scope = _server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MarqueeDbContext>().Photos.Where(p => ids.Contains(p.Id)).OrderBy(p => p.Id).Select(p => p.CreatedBy).ToListAsync(TestContext.Current.CancellationToken);
    }
}
