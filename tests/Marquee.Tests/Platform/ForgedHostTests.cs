using Marquee.Newsroom.Staff;

namespace Marquee.Tests.Platform;

/// <summary>
/// Without Marquee:Site:BaseUrl (development), links take the request's origin, so only loopback and the names the
/// server listens on may set it: a forged Host is refused before anything can mail or print a link to it.
/// </summary>
public sealed class ForgedHostTests(NewsroomServer newsroom) : IClassFixture<NewsroomServer>
{
    private const string Forged = "evil.example";

    private const string Refusal = "This site does not answer to the host 'evil.example'. Without Marquee:Site:BaseUrl it answers only to localhost "
        + "and the names in --urls: set Marquee:Site:BaseUrl to the site's address (and AllowedHosts to any other names it answers to).";

    private readonly MarqueeServer _server = newsroom.Server;

    [Fact]
    public async Task A_password_reset_asked_under_a_forged_host_is_refused_and_mails_nothing()
    {
        var email = await StaffSession.CreateUserAsync(_server, StaffRole.Author);
        var other = await StaffSession.CreateUserAsync(_server, StaffRole.Author);
        using var session = StaffSession.Anonymous(_server);

        using var asked = await session.PostAsync("/newsroom/forgot-password", new() { ["Email"] = email }, host: Forged);
        // Reset mails leave in order from one queue: once a later request's mail is out, the forged one's turn has passed.
        using var later = await session.PostAsync("/newsroom/forgot-password", new() { ["Email"] = other });
        await Mailbox.LinkWhenMailedAsync(_server, other);

        Assert.Equal(HttpStatusCode.BadRequest, asked.StatusCode);
        Assert.Equal(Refusal, await asked.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Empty(Mailbox.To(_server, email));
    }

    [Fact]
    public async Task An_invitation_sent_under_a_forged_host_is_refused_and_mails_nothing()
    {
        using var admin = await StaffSession.SignInAsync(_server, StaffRole.Administrator);
        var email = $"invitee-{Guid.NewGuid().ToString("n")[..10]}@example.com";

        using var sent = await admin.PostAsync("/newsroom/staff?handler=Invite", new() { ["Email"] = email, ["Role"] = "editor" }, host: Forged);

        Assert.Equal(HttpStatusCode.BadRequest, sent.StatusCode);
        Assert.Empty(Mailbox.To(_server, email));
    }

    [Fact]
    public async Task Every_surface_with_absolute_urls_refuses_a_forged_host()
    {
        var surfaces = await OriginSurfaces.ArrangeAsync(_server);

        var answers = await OriginSurfaces.GetEachAsync(_server, surfaces, Forged);

        Assert.All(answers, answer => Assert.Equal((answer.Path, HttpStatusCode.BadRequest, Refusal), answer));
    }

    [Fact]
    public async Task Loopback_names_are_accepted_and_each_gets_its_own_cached_page()
    {
        var surfaces = await OriginSurfaces.ArrangeAsync(_server);
        var port = _server.BaseAddress.Port;

        var byName = await OriginSurfaces.GetAsync(_server, surfaces[1], $"localhost:{port}");
        var byAddress = await OriginSurfaces.GetAsync(_server, surfaces[1], $"127.0.0.1:{port}");

        Assert.Equal(HttpStatusCode.OK, byName.Status);
        Assert.Contains($"href=\"http://localhost:{port}{surfaces[1]}\"", byName.Body, StringComparison.Ordinal);
        Assert.Contains($"href=\"http://127.0.0.1:{port}{surfaces[1]}\"", byAddress.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("localhost", byAddress.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task Health_probes_answer_any_host_as_load_balancers_probe_by_address(string path)
    {
        var (status, _) = await OriginSurfaces.GetAsync(_server, path, "10.1.2.3:8080");

        Assert.Equal(HttpStatusCode.OK, status);
    }
}
