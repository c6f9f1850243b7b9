using System.Text.Json;
using Marquee.Newsroom.Access;
using Marquee.Newsroom.Account;
using Marquee.Newsroom.SignIn;
using Marquee.Newsroom.Staff;
using Microsoft.AspNetCore.Identity;

namespace Marquee.Tests.Newsroom;

/// <summary>Passkeys through real HTTP and Identity's real WebAuthn checks, answered by a software authenticator.</summary>
public sealed class PasskeyTests(NewsroomServer newsroom) : IClassFixture<NewsroomServer>
{
    private readonly MarqueeServer _server = newsroom.Server;

    [Fact]
    public async Task The_options_handlers_refuse_a_post_without_the_antiforgery_token()
    {
        using var session = (await StaffSession.SignInAsync(_server, StaffRole.Contributor)).WithOrigin(_server);
        var cancel = TestContext.Current.CancellationToken;

        using var creation = await session.Client.PostAsync(PasskeyDriver.CreationOptions, new FormUrlEncodedContent(new Dictionary<string, string> { ["Name"] = "Laptop", ["Password"] = StaffSession.Password }), cancel);
        using var request = await session.Client.PostAsync(PasskeyDriver.LoginOptions, new FormUrlEncodedContent([]), cancel);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (creation.StatusCode, request.StatusCode));
    }

    [Fact]
    public async Task Creation_options_need_a_signed_in_person()
    {
        using var session = StaffSession.Anonymous(_server).WithOrigin(_server);

        using var response = await session.PostAsync(PasskeyDriver.CreationOptions, new() { ["Name"] = "Laptop", ["Password"] = StaffSession.Password }, NewsroomPaths.Login);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(NewsroomPaths.Login, response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Creation_options_need_the_current_password_and_a_name()
    {
        using var session = (await StaffSession.SignInAsync(_server, StaffRole.Author)).WithOrigin(_server);

        using var wrongPassword = await session.PostAsync(PasskeyDriver.CreationOptions, new() { ["Name"] = "Laptop", ["Password"] = "not my password at all" }, NewsroomPaths.Passkeys);
        using var noName = await session.PostAsync(PasskeyDriver.CreationOptions, new() { ["Name"] = " ", ["Password"] = StaffSession.Password }, NewsroomPaths.Passkeys);

        Assert.Equal(
            (HttpStatusCode.UnprocessableEntity, PasskeysPage.WrongPassword, HttpStatusCode.UnprocessableEntity, $"Give the passkey a name of at most {StaffPasskeys.MaxNameLength} characters, such as the device it is on"),
            (wrongPassword.StatusCode, await JsonErrorAsync(wrongPassword), noName.StatusCode, await JsonErrorAsync(noName)));
    }

    [Fact]
    public async Task A_registered_passkey_is_listed_with_its_name_and_date()
    {
        using var session = (await StaffSession.SignInAsync(_server, StaffRole.Editor)).WithOrigin(_server);
        using var authenticator = new SoftwareAuthenticator(Origin);

        using var added = await PasskeyDriver.RegisterAsync(session, authenticator, "Work laptop");
        var page = HtmlPage.Parse(await added.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var account = await session.PageAsync(NewsroomPaths.Account);

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal("Work laptop", page.QuerySelector("#passkeys input[name=Name]")?.GetAttribute("value"));
        Assert.Equal(DateTime.UtcNow.Date, DateTimeOffset.Parse(page.QuerySelector("#passkeys time")!.GetAttribute("datetime")!, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime.Date);
        Assert.Equal("1", account.Text("#passkey-count"));
    }

    [Fact]
    public async Task A_passkey_signs_in_alone_without_the_two_factor_code_it_stands_for()
    {
        using var authenticator = new SoftwareAuthenticator(Origin);
        var email = await UserWithPasskeyAsync(authenticator, StaffRole.Editor, name: "Pat Key");
        await TurnOnTwoFactorAsync(email);
        using var session = StaffSession.Anonymous(_server).WithOrigin(_server);

        using var withPassword = await session.LogInAsync(email, StaffSession.Password);
        using var withPasskey = await PasskeyDriver.SignInAsync(session, authenticator, returnUrl: "/newsroom/articles");
        var dashboard = await session.PageAsync("/newsroom");

        Assert.StartsWith($"{NewsroomPaths.TwoFactorLogin}?", withPassword.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Redirect, "/newsroom/articles"), (withPasskey.StatusCode, withPasskey.Headers.Location?.OriginalString));
        Assert.Equal("Hello, Pat Key. You are signed in as editor.", dashboard.Text(".nr-greeting"));
    }

    [Fact]
    public async Task A_garbage_attestation_is_refused_by_name_and_nothing_is_stored()
    {
        using var session = (await StaffSession.SignInAsync(_server, StaffRole.Contributor)).WithOrigin(_server);
        await PasskeyDriver.CreationOptionsAsync(session, "Laptop");

        using var refused = await session.PostAsync(PasskeyDriver.Add, new() { ["Name"] = "Laptop", ["Credential"] = """{"id":"not a credential"}""" }, NewsroomPaths.Passkeys);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.StartsWith("The passkey was not accepted: ", await PasskeyDriver.ErrorAsync(refused), StringComparison.Ordinal);
        Assert.Equal(0, await PasskeyDriver.StoredPasskeysAsync(_server, session.Email));
    }

    [Fact]
    public async Task An_attestation_for_another_challenge_or_without_options_is_refused_and_nothing_is_stored()
    {
        using var session = (await StaffSession.SignInAsync(_server, StaffRole.Contributor)).WithOrigin(_server);
        using var authenticator = new SoftwareAuthenticator(Origin);
        var stale = authenticator.Create(await PasskeyDriver.CreationOptionsAsync(session, "Laptop"));
        await PasskeyDriver.CreationOptionsAsync(session, "Laptop");

        using var otherChallenge = await session.PostAsync(PasskeyDriver.Add, new() { ["Name"] = "Laptop", ["Credential"] = stale }, NewsroomPaths.Passkeys);
        using var noOptions = await session.PostAsync(PasskeyDriver.Add, new() { ["Name"] = "Laptop", ["Credential"] = stale }, NewsroomPaths.Passkeys);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherChallenge.StatusCode);
        Assert.Contains("challenge", await PasskeyDriver.ErrorAsync(otherChallenge), StringComparison.OrdinalIgnoreCase);
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "The passkey request has expired or was already used: start again"), (noOptions.StatusCode, await PasskeyDriver.ErrorAsync(noOptions)));
        Assert.Equal(0, await PasskeyDriver.StoredPasskeysAsync(_server, session.Email));
    }

    [Fact]
    public async Task A_garbage_or_replayed_assertion_is_refused_with_a_clear_error_and_signs_no_one_in()
    {
        using var authenticator = new SoftwareAuthenticator(Origin);
        await UserWithPasskeyAsync(authenticator, StaffRole.Author);
        using var session = StaffSession.Anonymous(_server).WithOrigin(_server);
        await PasskeyDriver.RequestOptionsAsync(session);

        using var garbage = await session.PostAsync(PasskeyDriver.LoginAnswer, new() { ["Credential"] = "garbage" }, NewsroomPaths.Login);
        var answer = authenticator.Get(await PasskeyDriver.RequestOptionsAsync(session));
        using var first = await session.PostAsync(PasskeyDriver.LoginAnswer, new() { ["Credential"] = answer }, NewsroomPaths.Login);
        using var signOut = await session.PostAsync(NewsroomPaths.Logout, [], NewsroomPaths.Root);
        using var replayed = await session.PostAsync(PasskeyDriver.LoginAnswer, new() { ["Credential"] = answer }, NewsroomPaths.Login);
        using var dashboard = await session.GetAsync(NewsroomPaths.Root);

        Assert.Equal((HttpStatusCode.UnprocessableEntity, LoginPage.PasskeyRefused), (garbage.StatusCode, await PasskeyDriver.ErrorAsync(garbage)));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal((HttpStatusCode.UnprocessableEntity, LoginPage.PasskeyRefused), (replayed.StatusCode, await PasskeyDriver.ErrorAsync(replayed)));
        Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in_with_its_passkey()
    {
        using var authenticator = new SoftwareAuthenticator(Origin);
        var email = await UserWithPasskeyAsync(authenticator, StaffRole.Editor);
        using (var scope = _server.Services.CreateScope())
        {
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync(email);
            await scope.ServiceProvider.GetRequiredService<StaffDirectory>().SetDisabledAsync(actorId: 0, user!.Id, disabled: true);
        }

        var refusal = await RefusalAsync(authenticator);

        Assert.Equal((HttpStatusCode.UnprocessableEntity, LoginPage.PasskeyRefused, HttpStatusCode.Redirect), refusal);
    }

    [Fact]
    public async Task Failed_passwords_from_the_same_browser_do_not_stop_its_passkey()
    {
        using var authenticator = new SoftwareAuthenticator(Origin);
        var email = await UserWithPasskeyAsync(authenticator, StaffRole.Author);
        using var session = StaffSession.Anonymous(_server).WithOrigin(_server);
        for (var attempt = 0; attempt < StaffIdentity.LockoutFailures; attempt++)
        {
            using var failed = await session.LogInAsync(email, $"wrong password number {attempt}");
        }

        using var signedIn = await PasskeyDriver.SignInAsync(session, authenticator);
        using var dashboard = await session.GetAsync(NewsroomPaths.Root);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.OK), (signedIn.StatusCode, dashboard.StatusCode));
    }

    [Fact]
    public async Task A_renamed_passkey_keeps_working_and_a_removed_one_no_longer_signs_in()
    {
        using var session = (await StaffSession.SignInAsync(_server, StaffRole.Contributor)).WithOrigin(_server);
        using var authenticator = new SoftwareAuthenticator(Origin);
        using var added = await PasskeyDriver.RegisterAsync(session, authenticator, "Laptop");
        var id = (await session.PageAsync(NewsroomPaths.Passkeys)).QuerySelector("#passkeys input[name=Id]")!.GetAttribute("value")!;

        using var renamed = await session.PostAsync($"{NewsroomPaths.Passkeys}?handler=Rename", new() { ["Id"] = id, ["Name"] = "Security key" });
        using var unnamed = await session.PostAsync($"{NewsroomPaths.Passkeys}?handler=Rename", new() { ["Id"] = id, ["Name"] = "" });
        var listed = await session.PageAsync(NewsroomPaths.Passkeys);
        using var visitor = StaffSession.Anonymous(_server).WithOrigin(_server);
        using var beforeRemoval = await PasskeyDriver.SignInAsync(visitor, authenticator);
        using var removed = await session.PostAsync($"{NewsroomPaths.Passkeys}?handler=Remove", new() { ["Id"] = id });
        using var stranger = StaffSession.Anonymous(_server).WithOrigin(_server);
        using var afterRemoval = await PasskeyDriver.SignInAsync(stranger, authenticator);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.UnprocessableEntity), (renamed.StatusCode, unnamed.StatusCode));
        Assert.Equal("Security key", listed.QuerySelector("#passkeys input[name=Name]")?.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, beforeRemoval.StatusCode);
        Assert.Equal("You have no passkeys yet.", HtmlPage.Parse(await removed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Text("#no-passkeys"));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, LoginPage.PasskeyRefused), (afterRemoval.StatusCode, await PasskeyDriver.ErrorAsync(afterRemoval)));
    }

    [Fact]
    public async Task One_person_cannot_rename_or_remove_another_persons_passkey()
    {
        using var owner = (await StaffSession.SignInAsync(_server, StaffRole.Contributor)).WithOrigin(_server);
        using var authenticator = new SoftwareAuthenticator(Origin);
        using var added = await PasskeyDriver.RegisterAsync(owner, authenticator, "Laptop");
        var id = (await owner.PageAsync(NewsroomPaths.Passkeys)).QuerySelector("#passkeys input[name=Id]")!.GetAttribute("value")!;
        using var other = await StaffSession.SignInAsync(_server, StaffRole.Administrator);

        using var removed = await other.PostAsync($"{NewsroomPaths.Passkeys}?handler=Remove", new() { ["Id"] = id });

        Assert.Equal((HttpStatusCode.UnprocessableEntity, "Choose one of your passkeys"), (removed.StatusCode, await PasskeyDriver.ErrorAsync(removed)));
        Assert.Equal(1, await PasskeyDriver.StoredPasskeysAsync(_server, owner.Email));
    }

    private string Origin => _server.BaseAddress.GetLeftPart(UriPartial.Authority);

    /// <summary>A new user who signed in with their password once and registered the authenticator's passkey; returns their email.</summary>
    private async Task<string> UserWithPasskeyAsync(SoftwareAuthenticator authenticator, StaffRole role, string name = "Test Person")
    {
        var email = await StaffSession.CreateUserAsync(_server, role, name);
        using var session = StaffSession.Anonymous(_server).WithOrigin(_server);
        using var login = await session.LogInAsync(email, StaffSession.Password);
        using var added = await PasskeyDriver.RegisterAsync(session, authenticator, "Phone");
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        return email;
    }

    /// <summary>A passkey sign-in from a new browser: its answer, its message, and whether the dashboard then still sends it to sign in.</summary>
    private async Task<(HttpStatusCode Status, string Error, HttpStatusCode Dashboard)> RefusalAsync(SoftwareAuthenticator authenticator)
    {
        using var session = StaffSession.Anonymous(_server).WithOrigin(_server);
        using var refused = await PasskeyDriver.SignInAsync(session, authenticator);
        using var dashboard = await session.GetAsync(NewsroomPaths.Root);
        return (refused.StatusCode, await PasskeyDriver.ErrorAsync(refused), dashboard.StatusCode);
    }

    private async Task TurnOnTwoFactorAsync(string email)
    {
        using var scope = _server.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
    }

    private static async Task<string> JsonErrorAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return json.RootElement.GetProperty("error").GetString()!;
    }
}
