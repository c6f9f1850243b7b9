using Marquee.Newsroom.Staff;

namespace Marquee.Tests.Newsroom;

/// <summary>The editors' tag and author pages: create with a slug made from the name, rename by slug, refuse a bad name.</summary>
public sealed class TaxonomyPagesTests(NewsroomServer newsroom) : IClassFixture<NewsroomServer>
{
    private readonly MarqueeServer _server = newsroom.Server;

    [Theory]
    [InlineData("/newsroom/tags", "#tags")]
    [InlineData("/newsroom/authors", "#authors")]
    public async Task An_editor_creates_and_renames_and_an_empty_name_changes_nothing(string path, string table)
    {
        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);
        var name = $"Awards Season {Guid.NewGuid().ToString("n")[..8]}";
        var slug = Marquee.Content.Slugs.From(name);

        using (var created = await editor.PostAsync($"{path}?handler=Save", new() { ["Name"] = name }, path))
        {
            Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        }

        using (var renamed = await editor.PostAsync($"{path}?handler=Save", new() { ["Name"] = "Renamed", ["Slug"] = slug }, path))
        {
            Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        }

        var before = _server.Database.Fingerprint();
        using var refused = await editor.PostAsync($"{path}?handler=Save", new() { ["Name"] = " ", ["Slug"] = slug }, path);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(before, _server.Database.Fingerprint());
        var page = await editor.PageAsync(path);
        Assert.Equal("Renamed", page.QuerySelector($"{table} tr[data-slug='{slug}'] td")!.TextContent);
    }
}
