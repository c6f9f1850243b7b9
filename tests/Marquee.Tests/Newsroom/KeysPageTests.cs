using Marquee.Newsroom.Staff;

namespace Marquee.Tests.Newsroom;

/// <summary>Content API keys from the newsroom: a new key is shown once and works at once; a revoked one stops working.</summary>
public sealed class KeysPageTests(NewsroomServer newsroom) : IClassFixture<NewsroomServer>
{
    private readonly MarqueeServer _server = newsroom.Server;

    [Fact]
    public async Task A_key_added_in_the_newsroom_is_shown_once_works_and_stops_working_when_revoked()
    {
        using var admin = await StaffSession.SignInAsync(_server, StaffRole.Administrator);
        var name = $"Mobile app {Guid.NewGuid().ToString("n")[..6]}";

        using var added = await admin.PostAsync("/newsroom/keys?handler=Add", new() { ["Name"] = name });
        var key = HtmlPage.Parse(await added.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Text("#new-key");
        var list = await admin.PageAsync("/newsroom/keys");
        using var works = await _server.Client.GetAsync($"/ghost/api/content/settings/?key={key}", TestContext.Current.CancellationToken);
        using var revoked = await admin.PostAsync("/newsroom/keys?handler=Revoke", new() { ["Name"] = name });
        using var refused = await _server.Client.GetAsync($"/ghost/api/content/settings/?key={key}", TestContext.Current.CancellationToken);

        Assert.Matches("^[0-9a-f]{26}$", key);
        Assert.NotNull(list.QuerySelector($"tr[data-key-name='{name}']"));
        Assert.DoesNotContain(key, list.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, works.StatusCode);
        Assert.Equal($"Key '{name}' revoked.", HtmlPage.Parse(await revoked.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Text(".nr-notice"));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task An_empty_key_name_is_refused_and_nothing_is_saved()
    {
        using var admin = await StaffSession.SignInAsync(_server, StaffRole.Administrator);
        var before = _server.Database.Fingerprint();

        using var refused = await admin.PostAsync("/newsroom/keys?handler=Add", new() { ["Name"] = "   " });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("Key name must be 1 to 200 characters", HtmlPage.Parse(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Text(".nr-error"));
        Assert.Equal(before, _server.Database.Fingerprint());
    }
}
