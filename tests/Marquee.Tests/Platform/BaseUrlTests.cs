using Marquee.Content.Articles;
using Marquee.Newsroom.Staff;
using Marquee.Tests.Newsroom;

namespace Marquee.Tests.Platform;

/// <summary>
/// With Marquee:Site:BaseUrl set, it is the origin of every absolute URL and mailed link whatever Host a request
/// came under; Hosts other than its own, AllowedHosts' and loopback are refused.
/// </summary>
public sealed class BaseUrlTests : IAsyncLifetime
{
    private const string BaseUrl = "https://news.example";

    private const string Alias = "alias.example";

    private readonly MarqueeServer _server = new();

    public ValueTask InitializeAsync()
    {
        _server.Settings["Marquee:Site:BaseUrl"] = BaseUrl + "/";
        _server.Settings["AllowedHosts"] = Alias;
        _server.Settings["Marquee:Newsroom:SignInAttemptsPerMinute"] = "100000";
        return _server.InitializeAsync();
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task Every_surface_with_absolute_urls_uses_the_base_url_under_another_accepted_host()
    {
        var surfaces = await OriginSurfaces.ArrangeAsync(_server);

        var answers = await OriginSurfaces.GetEachAsync(_server, surfaces, Alias);

        Assert.All(answers, answer =>
        {
            Assert.Equal((answer.Path, HttpStatusCode.OK), (answer.Path, answer.Status));
            Assert.Contains(BaseUrl + "/", answer.Body, StringComparison.Ordinal);
            Assert.DoesNotContain(Alias, answer.Body, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_forged_host_is_refused_with_the_setting_that_would_accept_it()
    {
        var (status, body) = await OriginSurfaces.GetAsync(_server, "/", "evil.example");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("This site does not answer to the host 'evil.example'. It answers to news.example (Marquee:Site:BaseUrl): "
            + "add any other name it should answer to to AllowedHosts.", body);
    }

    [Fact]
    public async Task Reset_and_invitation_mails_link_the_base_url_whatever_host_asked()
    {
        var member = await StaffSession.CreateUserAsync(_server, StaffRole.Author);
        var invitee = $"invitee-{Guid.NewGuid().ToString("n")[..10]}@example.com";
        using var admin = await StaffSession.SignInAsync(_server, StaffRole.Administrator);

        using var asked = await admin.PostAsync("/newsroom/forgot-password", new() { ["Email"] = member }, host: Alias);
        using var invited = await admin.PostAsync("/newsroom/staff?handler=Invite", new() { ["Email"] = invitee, ["Role"] = "editor" }, host: Alias);

        await Mailbox.LinkWhenMailedAsync(_server, member);

        Assert.Contains($"{BaseUrl}/newsroom/reset-password?user=", Assert.Single(Mailbox.To(_server, member)), StringComparison.Ordinal);
        Assert.Contains($"{BaseUrl}/newsroom/invitation?user=", Assert.Single(Mailbox.To(_server, invitee)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_preview_link_starts_with_the_base_url()
    {
        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);
        var id = await EditorForms.CreateAsync(editor, "Preview Origin");
        var tab = await editor.PageAsync($"/newsroom/articles/{id}");

        using var made = await editor.PostAsync($"/newsroom/articles/{id}?handler=Preview", EditorForms.Hidden(tab), $"/newsroom/articles/{id}");

        Assert.StartsWith($"{BaseUrl}/preview/", (await EditorForms.ParseAsync(made)).QuerySelector("#preview-url")?.GetAttribute("href"), StringComparison.Ordinal);
    }
}
