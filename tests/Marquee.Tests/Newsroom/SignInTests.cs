using Marquee.Newsroom.Access;
using Marquee.Newsroom.SignIn;
using Marquee.Newsroom.Staff;

namespace Marquee.Tests.Newsroom;

public sealed class SignInTests(NewsroomServer newsroom) : IClassFixture<NewsroomServer>
{
    private readonly MarqueeServer _server = newsroom.Server;

    [Fact]
    public async Task A_signed_in_editor_lands_on_the_dashboard_greeted_by_name_and_role()
    {
        var email = await StaffSession.CreateUserAsync(_server, StaffRole.Editor, name: "Edie Tor");
        using var session = StaffSession.Anonymous(_server);

        using var login = await session.LogInAsync(email, StaffSession.Password);
        var dashboard = await session.PageAsync("/newsroom");

        Assert.Equal((HttpStatusCode.Redirect, "/newsroom"), (login.StatusCode, login.Headers.Location?.OriginalString));
        Assert.Equal("Hello, Edie Tor. You are signed in as editor.", dashboard.Text(".nr-greeting"));
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_get_the_same_message()
    {
        var email = await StaffSession.CreateUserAsync(_server, StaffRole.Author);
        using var session = StaffSession.Anonymous(_server);

        using var wrong = await session.LogInAsync(email, "not the password at all");
        using var unknown = await session.LogInAsync("nobody-" + email, StaffSession.Password);

        foreach (var response in new[] { wrong, unknown })
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Equal(LoginPage.WrongPassword, HtmlPage.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Text(".nr-error"));
        }
    }

    [Fact]
    public async Task Five_failures_make_that_client_wait_even_with_the_right_password_while_the_person_elsewhere_signs_in()
    {
        var email = await StaffSession.CreateUserAsync(_server, StaffRole.Author);
        using var attacker = StaffSession.AnonymousFrom(_server, IPAddress.Parse("127.0.0.2"));
        for (var attempt = 0; attempt < StaffIdentity.LockoutFailures; attempt++)
        {
            using var failed = await attacker.LogInAsync(email, $"wrong password number {attempt}");
        }

        using var attackerRight = await attacker.LogInAsync(email, StaffSession.Password);
        using var person = StaffSession.Anonymous(_server);
        using var personRight = await person.LogInAsync(email, StaffSession.Password);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, attackerRight.StatusCode);
        Assert.Equal(LoginPage.WrongPassword, HtmlPage.Parse(await attackerRight.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Text(".nr-error"));
        Assert.Contains("15 minutes", LoginPage.WrongPassword, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Redirect, "/newsroom"), (personRight.StatusCode, personRight.Headers.Location?.OriginalString));
    }

    [Fact]
    public async Task A_newsroom_page_sends_an_anonymous_visitor_to_login_and_back_after_signing_in()
    {
        var email = await StaffSession.CreateUserAsync(_server, StaffRole.Contributor);
        using var session = StaffSession.Anonymous(_server);

        using var refused = await session.GetAsync("/newsroom/account");
        using var login = await session.LogInAsync(email, StaffSession.Password, returnUrl: "/newsroom/account");

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/newsroom/login?ReturnUrl=%2Fnewsroom%2Faccount", refused.Headers.Location!.PathAndQuery);
        Assert.Equal("/newsroom/account", login.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("https://evil.example/newsroom")]
    [InlineData("//evil.example/newsroom")]
    [InlineData("/\\evil.example/newsroom")]
    [InlineData("javascript:alert(1)")]
    public async Task A_return_url_off_the_site_is_ignored(string returnUrl)
    {
        var email = await StaffSession.CreateUserAsync(_server, StaffRole.Contributor);
        using var session = StaffSession.Anonymous(_server);

        using var login = await session.LogInAsync(email, StaffSession.Password, returnUrl);

        Assert.Equal((HttpStatusCode.Redirect, "/newsroom"), (login.StatusCode, login.Headers.Location?.OriginalString));
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused_and_signs_nobody_in()
    {
        var email = await StaffSession.CreateUserAsync(_server, StaffRole.Administrator);
        using var session = StaffSession.Anonymous(_server);
        await session.PageAsync("/newsroom/login");
        var before = _server.Database.Fingerprint();

        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = email, ["Password"] = StaffSession.Password });
        using var forged = await session.Client.PostAsync("/newsroom/login", content, TestContext.Current.CancellationToken);
        using var afterwards = await session.GetAsync("/newsroom");

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.Equal(before, _server.Database.Fingerprint());
    }

    [Fact]
    public async Task A_signed_in_form_without_its_token_changes_nothing()
    {
        using var admin = await StaffSession.SignInAsync(_server, StaffRole.Administrator);
        var before = _server.Database.Fingerprint();

        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Name"] = "forged key" });
        using var forged = await admin.Client.PostAsync("/newsroom/keys?handler=Add", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(before, _server.Database.Fingerprint());
    }

    [Fact]
    public async Task The_staff_cookie_is_http_only_and_same_site_lax()
    {
        var email = await StaffSession.CreateUserAsync(_server, StaffRole.Author);
        using var session = StaffSession.Anonymous(_server);

        using var login = await session.LogInAsync(email, StaffSession.Password);

        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("marquee-staff=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_for_a_copy_of_its_cookie_too()
    {
        using var session = await StaffSession.SignInAsync(_server, StaffRole.Author);
        using var copy = session.CopyOfCookies();
        using var copyBefore = await copy.GetAsync("/newsroom");

        using var logout = await session.PostAsync("/newsroom/logout", [], tokenFrom: "/newsroom");
        using var afterwards = await session.GetAsync("/newsroom");
        using var copyAfter = await copy.GetAsync("/newsroom");

        Assert.Equal(HttpStatusCode.OK, copyBefore.StatusCode);
        Assert.Equal("/newsroom/login", logout.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.Equal((HttpStatusCode.Redirect, "/newsroom/login"), (copyAfter.StatusCode, copyAfter.Headers.Location?.AbsolutePath));
    }

    [Fact]
    public async Task A_disabled_user_cannot_sign_in_and_is_told_what_a_wrong_password_is()
    {
        var email = await StaffSession.CreateUserAsync(_server, StaffRole.Editor);
        using (var scope = _server.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<StaffUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            await scope.ServiceProvider.GetRequiredService<StaffDirectory>().SetDisabledAsync(actorId: 0, user.Id, disabled: true);
        }

        using var session = StaffSession.Anonymous(_server);
        using var login = await session.LogInAsync(email, StaffSession.Password);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, login.StatusCode);
        Assert.Equal(LoginPage.WrongPassword, HtmlPage.Parse(await login.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Text(".nr-error"));
    }

    [Fact]
    public async Task A_refusal_explains_itself_and_public_pages_stay_shared_for_signed_in_staff()
    {
        using var contributor = await StaffSession.SignInAsync(_server, StaffRole.Contributor);

        using var refused = await contributor.GetAsync("/newsroom/staff");
        using var home = await contributor.GetAsync("/");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Your newsroom role does not include this.", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal("no-store, private", refused.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("s-maxage", home.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.False(home.Headers.Contains("Set-Cookie"));
    }
}
