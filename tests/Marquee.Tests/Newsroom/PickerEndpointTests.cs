using System.Text.Json;
using Marquee.Content.Tags;
using Marquee.Newsroom.Access;
using Marquee.Newsroom.Lookup;
using Marquee.Newsroom.Staff;

namespace Marquee.Tests.Newsroom;

/// <summary>What the editor's author and tag pickers ask the server: search as you type, chips by slug, a tag created on the fly by those who manage tags.</summary>
public sealed class PickerEndpointTests(NewsroomServer newsroom) : IClassFixture<NewsroomServer>
{
    private readonly MarqueeServer _server = newsroom.Server;

    private readonly TestContent _content = new(newsroom.Server);

    [Fact]
    public async Task Any_writer_finds_tags_by_name_or_slug_with_their_kind_names_starting_with_the_text_first()
    {
        var word = $"zq{Guid.NewGuid().ToString("n")[..8]}";
        var inside = await _content.TagAsync($"Red Carpet {word}");
        var first = await _content.TagAsync($"{word} Awards", TagKind.Section);
        using var contributor = await StaffSession.SignInAsync(_server, StaffRole.Contributor);

        var found = await LookupAsync(contributor, $"{NewsroomPaths.TagLookup}?q={word.ToUpperInvariant()}");

        Assert.Equal([(first, "section"), (inside, "topic")], found.Select(i => (i.Slug, i.Kind)));
        Assert.Equal($"{word} Awards", found[0].Name);
    }

    [Fact]
    public async Task At_most_ten_suggestions_come_back()
    {
        var word = $"zq{Guid.NewGuid().ToString("n")[..8]}";
        for (var i = 0; i < LookupEndpoints.Limit + 2; i++)
        {
            await _content.AuthorAsync($"{word} Writer {i}");
        }

        using var author = await StaffSession.SignInAsync(_server, StaffRole.Author);

        Assert.Equal(LookupEndpoints.Limit, (await LookupAsync(author, $"{NewsroomPaths.AuthorLookup}?q={word}")).Count);
    }

    [Fact]
    public async Task The_chips_a_form_already_has_are_resolved_by_slug_in_their_order()
    {
        var ann = await _content.AuthorAsync("Ann Byline");
        var ben = await _content.AuthorAsync("Ben Byline");
        using var contributor = await StaffSession.SignInAsync(_server, StaffRole.Contributor);

        var found = await LookupAsync(contributor, $"{NewsroomPaths.AuthorLookup}?slugs={ben},gone-{ann},{ann}");

        Assert.Equal([new LookupItem("Ben Byline", ben, "author"), new LookupItem("Ann Byline", ann, "author")], found);
    }

    [Fact]
    public async Task An_editor_creates_a_tag_on_the_fly_and_an_existing_slug_comes_back_as_it_is()
    {
        var name = $"Surprise Duet {Guid.NewGuid().ToString("n")[..8]}";
        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);

        var (created, item) = await CreateAsync(editor, name);
        var (again, same) = await CreateAsync(editor, name.ToUpperInvariant());

        Assert.Equal(HttpStatusCode.Created, created);
        Assert.Equal(new LookupItem(name, Marquee.Content.Slugs.From(name), "topic"), item);
        Assert.Equal((HttpStatusCode.OK, item), (again, same));
        Assert.Equal(name, (await FindTagAsync(item!.Slug))!.Name);
    }

    [Theory]
    [InlineData(StaffRole.Contributor)]
    [InlineData(StaffRole.Author)]
    public async Task Writers_who_do_not_manage_tags_cannot_create_one_on_the_fly(StaffRole role)
    {
        var name = $"Not Allowed {Guid.NewGuid().ToString("n")[..8]}";
        using var writer = await StaffSession.SignInAsync(_server, role);

        var (status, _) = await CreateAsync(writer, name);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Null(await FindTagAsync(Marquee.Content.Slugs.From(name)));
    }

    [Fact]
    public async Task A_tag_without_a_name_is_refused_with_the_reason()
    {
        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);

        using var response = await editor.PostAsync(NewsroomPaths.CreateTag, new() { ["Name"] = " " }, NewsroomPaths.Root);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("a new tag needs a name", json.RootElement.GetProperty("error").GetString());
    }

    private static async Task<List<LookupItem>> LookupAsync(StaffSession session, string url)
    {
        using var response = await session.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonSerializer.Deserialize<List<LookupItem>>(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), JsonSerializerOptions.Web)!;
    }

    private static async Task<(HttpStatusCode Status, LookupItem? Item)> CreateAsync(StaffSession session, string name)
    {
        using var response = await session.PostAsync(NewsroomPaths.CreateTag, new() { ["Name"] = name }, NewsroomPaths.Root);
        var item = response.IsSuccessStatusCode
            ? JsonSerializer.Deserialize<LookupItem>(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), JsonSerializerOptions.Web)
            : null;
        return (response.StatusCode, item);
    }

    private async Task<Tag?> FindTagAsync(string slug)
    {
        await using var scope = _server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TagQueries>().FindBySlugAsync(slug, TestContext.Current.CancellationToken);
    }
}
